package org.backstop.core.knowledge;

import java.time.LocalDate;
import java.time.Period;

/**
 * The guidelines and studies that Backstop's rules and texts rest on. Every rule cites
 * one or more of these by its short name; the citation and address let anyone check it.
 * Each carries the date its citation was last checked against the clinical reference; a
 * source (or library article) not checked within {@link #REVIEW_INTERVAL} fails the build
 * ({@code SourceReviewTest}), so guidance that has changed is noticed.
 */
public enum Source {

	NG59("NICE NG59",
			"NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020)",
			"https://www.nice.org.uk/guidance/ng59", "2026-12-04"),
	CKS_LOW_BACK_PAIN("NICE CKS Back pain - low",
			"NICE Clinical Knowledge Summaries: Back pain - low (without radiculopathy)",
			"https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/", "2026-12-04"),
	CKS_SCIATICA("NICE CKS Sciatica", "NICE Clinical Knowledge Summaries: Sciatica (lumbar radiculopathy)",
			"https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/", "2026-12-04"),
	ACP2017("ACP 2017",
			"Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166(7):514-530",
			"https://www.acpjournals.org/doi/10.7326/M16-2367", "2026-12-04"),
	FINUCANE2020("Finucane 2020",
			"Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372",
			"https://doi.org/10.2519/jospt.2020.9971", "2026-12-04"),
	GREENHALGH2018("Greenhalgh 2018",
			"Greenhalgh S, Finucane L, Mercer C, Selfe J. Assessment and management of cauda equina syndrome. Musculoskelet Sci Pract 2018;37:69-74",
			"https://doi.org/10.1016/j.msksp.2018.06.002", "2026-12-04"),
	GIRFT2023("GIRFT 2023",
			"Getting It Right First Time: National suspected cauda equina syndrome pathway (England, 2023)", null,
			"2026-12-04"),
	DOWNIE2013("Downie 2013",
			"Downie A et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095",
			"https://doi.org/10.1136/bmj.f7095", "2026-12-04"),
	YUSUF2019("Yusuf 2019",
			"Yusuf M, Finucane L, Selfe J. Red flags for the early detection of spinal infection in back pain patients: a systematic review. BMC Musculoskelet Disord 2019;20:606",
			null, "2026-12-04"),
	NG234("NICE NG234", "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression (2023)",
			"https://www.nice.org.uk/guidance/ng234", "2026-12-04"),
	NG65("NICE NG65", "NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management (2017)",
			"https://www.nice.org.uk/guidance/ng65", "2026-12-04"),
	AORTIC_ANEURYSM("NICE NG156 / CKS AAA",
			"NICE guideline NG156: Abdominal aortic aneurysm: diagnosis and management (2020); NICE CKS Abdominal aortic aneurysm",
			"https://www.nice.org.uk/guidance/ng156", "2026-12-04"),
	NHS_HEART_ATTACK("NHS heart attack", "NHS: Heart attack - symptoms", "https://www.nhs.uk/conditions/heart-attack/",
			"2026-12-04"),
	PYELONEPHRITIS("NICE NG111 / CKS pyelonephritis",
			"NICE guideline NG111: Pyelonephritis (acute): antimicrobial prescribing (2018); NICE CKS Pyelonephritis - acute",
			"https://www.nice.org.uk/guidance/ng111", "2026-12-04"),
	NG118("NICE NG118", "NICE guideline NG118: Renal and ureteric stones: assessment and management (2019)",
			"https://www.nice.org.uk/guidance/ng118", "2026-12-04"),
	ANTENATAL_CARE("NICE antenatal care", "NICE guidance on antenatal care, with obstetric triage practice", null,
			"2026-12-04"),
	SPINAL_STENOSIS("NASS stenosis guideline",
			"North American Spine Society: clinical guideline for the diagnosis and treatment of degenerative lumbar spinal stenosis; NICE CKS Sciatica",
			// The reference names an address for the CKS part only, as for NG156 / CKS
			// AAA.
			"https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/", "2026-12-04"),
	CERVICAL_MYELOPATHY("Myelopathy.org / Soufi",
			"Myelopathy.org: symptoms of degenerative cervical myelopathy; Soufi et al. prospective diagnostic study of degenerative cervical myelopathy (PMC12550042)",
			// The study, by the PubMed Central number the reference gives.
			"https://pmc.ncbi.nlm.nih.gov/articles/PMC12550042/", "2026-12-04"),
	NHS_BACK_PAIN("NHS back pain", "NHS: Back pain - when to get medical help",
			"https://www.nhs.uk/conditions/back-pain/", "2026-12-04"),
	SERLIN1995("Serlin 1995",
			"Serlin RC et al. When is cancer pain mild, moderate or severe? Grading pain severity by its interference with function. Pain 1995;61:277-284",
			null, "2026-12-04"),
	BOONSTRA2016("Boonstra 2016",
			"Boonstra AM et al. Cut-off points for mild, moderate, and severe pain on the numeric rating scale for pain in patients with chronic musculoskeletal pain. Front Psychol 2016;7:1466",
			"https://doi.org/10.3389/fpsyg.2016.01466", "2026-12-04"),
	COCHRANE_HEAT_COLD("Cochrane heat/cold 2006",
			"French SD et al. Superficial heat or cold for low back pain. Cochrane Database Syst Rev 2006;CD004750",
			null, "2026-12-04"),
	PACE2014("PACE 2014",
			"Williams CM et al. Efficacy of paracetamol for acute low-back pain: a double-blind, randomised controlled trial. Lancet 2014;384:1586-1596",
			"https://doi.org/10.1016/S0140-6736(14)60805-9", "2026-12-04"),
	CHOU2017("Chou 2017",
			"Chou R et al. Systemic pharmacologic therapies for low back pain: a systematic review for an American College of Physicians clinical practice guideline. Ann Intern Med 2017;166:480-492",
			null, "2026-12-04"),
	FDA_OTC("FDA Drug Facts",
			"US FDA Drug Facts labels for over-the-counter pain relievers (ibuprofen, naproxen sodium, aspirin, acetaminophen)",
			null, "2026-12-04"),
	BNF("BNF", "British National Formulary: ibuprofen, paracetamol, aspirin", "https://bnf.nice.org.uk/", "2026-12-04"),
	MHRA_ASPIRIN("MHRA aspirin",
			"UK Medicines and Healthcare products Regulatory Agency: aspirin and Reye's syndrome in under-16s", null,
			"2026-12-04"),
	FDA_NSAID_PREGNANCY("FDA 2020 NSAIDs in pregnancy",
			"US FDA Drug Safety Communication: avoid use of NSAIDs in pregnancy at 20 weeks or later (15 October 2020)",
			null, "2026-12-04"),
	FDA_CRYOTHERAPY("FDA 2016 cryotherapy",
			"US FDA Consumer Update: Whole body cryotherapy, a trend that lacks evidence and poses risks (2016)", null,
			"2026-12-04"),
	SAUNA_RISKS("Hannuksela 2001",
			"Hannuksela ML, Ellahham S. Benefits and risks of sauna bathing. Am J Med 2001;110:118-126", null,
			"2026-12-04"),
	OSTEOPOROSIS_EXERCISE("Brooke-Wavell 2022",
			"Brooke-Wavell K et al. Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis. Br J Sports Med 2022;56:837-846",
			null, "2026-12-04"),
	ACOG_EXERCISE("ACOG exercise in pregnancy",
			"American College of Obstetricians and Gynecologists: physical activity and exercise during pregnancy and the postpartum period (Committee Opinion)",
			null, "2026-12-04"),
	KOVACS2003("Kovacs 2003",
			"Kovacs FM et al. Effect of firmness of mattress on chronic non-specific low-back pain: randomised, double-blind, controlled, multicentre trial. Lancet 2003;362:1599-1604",
			null, "2026-12-04"),
	MAYO_SLEEP("Mayo Clinic sleep positions", "Mayo Clinic: Sleeping positions that reduce back pain", null,
			"2026-12-04"),
	EFSA2010("EFSA 2010",
			"EFSA Panel on Dietetic Products, Nutrition and Allergies. Scientific opinion on dietary reference values for water. EFSA Journal 2010;8(3):1459",
			null, "2026-12-04"),
	OSHA_WORKSTATIONS("OSHA workstations",
			"US Occupational Safety and Health Administration: Computer Workstations eTool", null, "2026-12-04"),
	NIH_ODS("NIH ODS",
			"US National Institutes of Health, Office of Dietary Supplements: calcium and vitamin D fact sheets", null,
			"2026-12-04"),
	NCCIH_SUPPLEMENTS("NCCIH turmeric and ginger",
			"US National Center for Complementary and Integrative Health: turmeric and ginger fact sheets; Halegoua-DeMarzio et al. Am J Med 2023;136:200-206",
			null, "2026-12-04"),
	STEFFENS2015("Steffens 2015",
			"Steffens D et al. What triggers an episode of acute low back pain? A case-crossover study. Arthritis Care Res 2015;67:403-410",
			null, "2026-12-04");

	/**
	 * How long a check of a source, or a library article's review, holds: every source
	 * and article is looked at again at least once a year, in case its guidance has
	 * changed.
	 */
	public static final Period REVIEW_INTERVAL = Period.ofMonths(12);

	private final String shortName;

	private final String citation;

	private final String url;

	private final LocalDate checked;

	Source(String shortName, String citation, String url, String checked) {
		this.shortName = shortName;
		this.citation = citation;
		this.url = url;
		this.checked = LocalDate.parse(checked);
	}

	public String shortName() {
		return this.shortName;
	}

	public String citation() {
		return this.citation;
	}

	/** Where to read it, or {@code null} when there is no stable public address. */
	public String url() {
		return this.url;
	}

	/**
	 * When the citation was last checked against the clinical reference (the guidance
	 * still current, the citation and address still right).
	 */
	public LocalDate checked() {
		return this.checked;
	}

	/** The last day the check holds: {@link #checked()} plus {@link #REVIEW_INTERVAL}. */
	public LocalDate reviewDue() {
		return this.checked.plus(REVIEW_INTERVAL);
	}

}
