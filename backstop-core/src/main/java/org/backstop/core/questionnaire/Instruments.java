package org.backstop.core.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.backstop.core.knowledge.Source;

/**
 * The instruments Backstop knows, with their scoring, bands, meaningful change, codes and
 * licences (clinical facts, section 7; reference, section 6). What each licence allows is
 * summed up in {@code package-info}.
 */
public final class Instruments {

	private Instruments() {
	}

	private static final String ZERO_TO_TEN_PAIN = "0 no pain, 10 the worst pain you can imagine";

	private static final String ZERO_TO_TEN_IN_THE_WAY = "0 not at all, 10 completely";

	/**
	 * Pain bands on the 0-10 scale: the usual cut-offs, the same the severity grading
	 * uses (Boonstra 2016; Serlin 1995).
	 */
	private static final List<Band> PAIN_BANDS = List.of(new Band("none", "no pain", "0"),
			new Band("mild", "mild pain", "1 to 3"), new Band("moderate", "moderate pain", "4 to 6"),
			new Band("severe", "severe pain", "7 to 10"));

	private static Band painBand(double score) {
		if (score == 0) {
			return PAIN_BANDS.get(0);
		}
		return (score <= 3) ? PAIN_BANDS.get(1) : (score <= 6) ? PAIN_BANDS.get(2) : PAIN_BANDS.get(3);
	}

	/** The 0-10 numeric rating scale for pain. */
	public static final Instrument NRS = new Instrument("nrs", "Pain 0-10 (numeric rating scale)",
			Code.loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
					"clinical reference: confirmed in HL7 FHIR examples"),
			Use.PERSON_ANSWERS,
			List.of(new Item("pain", "How bad is your back pain right now?", 0, 10, ZERO_TO_TEN_PAIN)), 0, 0, 10,
			PAIN_BANDS, Citation.of(Source.BOONSTRA2016),
			Mcid.points(2, 1, Citation.OSTELO2008,
					"2 points (Ostelo 2008, which also accepts 30 % of the first score; Backstop keeps to the 2 points, so that a change of one point at a low score does not count)"),
			"generic and free to use; the question is in Backstop's own words", (instrument, answers) -> {
				double pain = answers.get("pain");
				return new Score(instrument.id(), pain, painBand(pain), Map.of());
			});

	/**
	 * The PEG: pain, and how much it gets in the way of enjoying life and of general
	 * activity, each 0-10 over the past week; the score is their mean (Krebs 2009).
	 */
	public static final Instrument PEG = new Instrument("peg", "PEG (pain, enjoyment of life, general activity)", Code
		.loinc("91147-9", "PEG mean score",
				"clinical reference, from a FHIR starter library citing loinc.org (panel 91148-7; items 75893-8, 91145-3, 91146-1); not yet checked at loinc.org"),
			Use.PERSON_ANSWERS,
			List.of(new Item("pain", "Over the past week, how bad was your pain on average?", 0, 10, ZERO_TO_TEN_PAIN),
					new Item("enjoyment", "Over the past week, how much did pain get in the way of enjoying life?", 0,
							10, ZERO_TO_TEN_IN_THE_WAY),
					new Item("activity",
							"Over the past week, how much did pain get in the way of your everyday activities?", 0, 10,
							ZERO_TO_TEN_IN_THE_WAY)),
			0, 0, 10, List.of(), Citation.KREBS2009,
			Mcid.percentOfFirst(30, 1.0 / 3, Citation.KREBS2009,
					"no minimal important difference is established for the PEG (Krebs 2009 showed it responds to change); 30 % of the first score is the response threshold trials commonly use, a convention not yet verified; never less than one step of one item (a third of a point)"),
			"published open access and described as free to use (Krebs 2009); the questions are in Backstop's own words",
			(instrument, answers) -> {
				double mean = (answers.get("pain") + answers.get("enjoyment") + answers.get("activity")) / 3.0;
				return new Score(instrument.id(), mean, null, Map.of());
			});

	/** STarT Back's items whose answers form the psychosocial subscale (items 5 to 9). */
	static final List<String> START_BACK_PSYCHOSOCIAL = List.of("q5", "q6", "q7", "q8", "q9");

	/** STarT Back's last item counts when it is "very much" or "extremely" (3 or 4). */
	static final int START_BACK_BOTHERSOME_FROM = 3;

	private static final String AGREE = "0 disagree, 1 agree";

	private static final Band START_BACK_LOW = new Band("low_risk", "low risk", "total 0 to 3");

	private static final Band START_BACK_MEDIUM = new Band("medium_risk", "medium risk",
			"total 4 or more, psychosocial subscale 0 to 3");

	private static final Band START_BACK_HIGH = new Band("high_risk", "high risk", "psychosocial subscale 4 or 5");

	/**
	 * The Keele STarT Back screening tool: a risk group that guides the care offered, not
	 * a measure of change, so it has no meaningful change. No LOINC code is confirmed for
	 * it, so its code is Backstop's own. Items are keys with a paraphrase of their topic
	 * (Hill 2008): the wording is Keele University's and is not shipped.
	 */
	public static final Instrument START_BACK = new Instrument("start_back", "Keele STarT Back screening tool",
			Code.backstop("start_back", "Keele STarT Back screening tool risk group"), Use.WORDING_NOT_SHIPPED,
			List.of(new Item("q1", "topic: back pain spreading down a leg", 0, 1, AGREE),
					new Item("q2", "topic: pain in the shoulder or neck as well", 0, 1, AGREE),
					new Item("q3", "topic: walking only short distances because of the back", 0, 1, AGREE),
					new Item("q4", "topic: dressing more slowly because of the back", 0, 1, AGREE),
					new Item("q5", "topic: worry that being active is unsafe", 0, 1, AGREE),
					new Item("q6", "topic: worrying thoughts", 0, 1, AGREE),
					new Item("q7", "topic: feeling the back pain will never get better", 0, 1, AGREE),
					new Item("q8", "topic: not enjoying things as before", 0, 1, AGREE),
					new Item("q9", "topic: how bothersome the back pain has been", 0, 4,
							"0 not at all, 1 slightly, 2 moderately, 3 very much, 4 extremely")),
			0, 0, 9, List.of(START_BACK_LOW, START_BACK_MEDIUM, START_BACK_HIGH), Citation.HILL2008, null,
			"Keele University copyright: free for non-commercial clinical use with the wording unchanged and acknowledged; commercial use needs Keele's agreement. Backstop ships the scoring only; a deployment allowed to show the questions supplies them with Keele's notice",
			(instrument, answers) -> {
				int total = 0;
				int psychosocial = 0;
				for (Item item : instrument.items()) {
					int answer = answers.get(item.id());
					int counts = item.id().equals("q9") ? ((answer >= START_BACK_BOTHERSOME_FROM) ? 1 : 0) : answer;
					total += counts;
					if (START_BACK_PSYCHOSOCIAL.contains(item.id())) {
						psychosocial += counts;
					}
				}
				Band band = (total <= 3) ? START_BACK_LOW : (psychosocial <= 3) ? START_BACK_MEDIUM : START_BACK_HIGH;
				return new Score(instrument.id(), total, band, Map.of("psychosocial", (double) psychosocial));
			});

	private static final String ODI_SECTION = "0 (no problem) to 5 (the most limited), as marked on the licensed form";

	private static final List<Band> ODI_BANDS = List.of(new Band("minimal", "minimal disability", "0 to 20 %"),
			new Band("moderate", "moderate disability", "over 20 to 40 %"),
			new Band("severe", "severe disability", "over 40 to 60 %"),
			// Fairbank's words for the top two bands are "crippled" and "bed-bound or
			// exaggerating"; these are plainer.
			new Band("very_severe", "very severe disability", "over 60 to 80 %"),
			new Band("bed_bound", "bed-bound, or the score needs checking", "over 80 %"));

	/**
	 * The Oswestry Disability Index, entered by a clinician section by section: the text
	 * is licensed through Mapi Research Trust and is not shipped. Ten sections, each 0-5;
	 * one may be left out; score = sum / (5 x sections answered) x 100.
	 */
	public static final Instrument ODI = new Instrument("odi", "Oswestry Disability Index",
			Code.backstop("odi", "Oswestry Disability Index score (percent)"), Use.CLINICIAN_ENTERED,
			IntStream.range(0, 10)
				.mapToObj((i) -> new Item(
						List.of("pain_intensity", "personal_care", "lifting", "walking", "sitting", "standing",
								"sleeping", "sex_life", "social_life", "travelling")
							.get(i),
						"section " + (i + 1) + " of the licensed form, scored by a clinician", 0, 5, ODI_SECTION))
				.toList(),
			1, 0, 100, ODI_BANDS, Citation.FAIRBANK2000,
			Mcid.points(10, 2, Citation.OSTELO2008, "10 points (Ostelo 2008)"),
			"licensed through Mapi Research Trust; fees may apply to health organisations and software: the text is not shipped, a clinician enters the section scores",
			(instrument, answers) -> {
				int sum = 0;
				int answered = 0;
				for (Item item : instrument.items()) {
					Integer answer = answers.get(item.id());
					if (answer != null) {
						sum += answer;
						answered++;
					}
				}
				double percent = 100.0 * sum / (5.0 * answered);
				int band = (percent <= 20) ? 0 : (percent <= 40) ? 1 : (percent <= 60) ? 2 : (percent <= 80) ? 3 : 4;
				return new Score(instrument.id(), percent, ODI_BANDS.get(band), Map.of());
			});

	private static final List<Band> RMDQ_BANDS = List.of(
			new Band("about_recovered", "about recovered", "0 to 2 (Kamper 2010)"),
			new Band("limited", "limited by the back", "3 to 24"));

	/**
	 * The Roland-Morris Disability Questionnaire, entered by a clinician as its total
	 * (0-24 statements ticked): its copyright terms are not confirmed, so its statements
	 * are not shipped.
	 */
	public static final Instrument RMDQ = new Instrument("rmdq", "Roland-Morris Disability Questionnaire",
			Code.backstop("rmdq", "Roland-Morris Disability Questionnaire total"), Use.CLINICIAN_ENTERED,
			List.of(new Item("total", "statements ticked on the licensed form, counted by a clinician", 0, 24,
					"0 none to 24 all")),
			0, 0, 24, RMDQ_BANDS, Citation.ROLAND1983, Mcid.points(5, 1, Citation.OSTELO2008, "5 points (Ostelo 2008)"),
			"copyright Roland and Morris, terms not confirmed: the statements are not shipped, a clinician enters the total",
			(instrument, answers) -> {
				int total = answers.get("total");
				return new Score(instrument.id(), total, RMDQ_BANDS.get((total <= 2) ? 0 : 1), Map.of());
			});

	/** Every instrument, in the order they are listed to a person. */
	public static final List<Instrument> ALL = List.of(NRS, PEG, START_BACK, ODI, RMDQ);

	public static Optional<Instrument> byId(String id) {
		return ALL.stream().filter((instrument) -> instrument.id().equals(id)).findFirst();
	}

}
