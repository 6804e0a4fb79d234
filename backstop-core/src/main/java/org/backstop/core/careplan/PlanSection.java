package org.backstop.core.careplan;

/** The sections of a plan, in the order a person reads them. */
enum PlanSection {

	STAYING_ACTIVE("Staying active", null),
	EXERCISES("Exercises and stretches",
			"Start gently and build up. Mild soreness is normal; pain that spreads further down a leg, numbness or weakness means stop."),
	HEAT("Heat", "Of heat and cold, heat has the better evidence for a back spasm."),
	COLD("Cold",
			"There is too little evidence to say whether cold helps back pain. Some people find it soothing; heat has better support."),
	MEDICINES("Medicines",
			"Take medicines for as few days as you can, at the lowest dose that helps. Acetaminophen (paracetamol) worked no better than a dummy pill for sudden low back pain in a large trial, so it is suggested only where anti-inflammatories are not suitable. A pharmacist can check your medicines together."),
	HYDRATION("Drinking enough", null), SLEEP("Sleep and rest", null),
	POSTURE("Posture and workstation",
			"Studies have not found that any one posture causes back pain: these are comfort tips. Changing position often matters most."),
	RELAXATION("Relaxation and breathing", null),
	PROFESSIONAL_CARE("Professional care",
			"Most back spasms settle without any of these. If yours does not, they are options to discuss."),
	NUTRITION_AND_PREVENTION("Nutrition and prevention",
			"No food or supplement has good evidence of treating a back spasm.");

	private final String title;

	private final String note;

	PlanSection(String title, String note) {
		this.title = title;
		this.note = note;
	}

	String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	String title() {
		return this.title;
	}

	String note() {
		return this.note;
	}

}
