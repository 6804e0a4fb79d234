package org.backstop.core.knowledge;

/**
 * The guidelines and studies that Backstop's rules and texts rest on. Every rule cites
 * one or more of these by its short name; the citation and address let anyone check it.
 */
public enum Source {

	NG59("NICE NG59",
			"NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020)",
			"https://www.nice.org.uk/guidance/ng59"),
	CKS_LOW_BACK_PAIN("NICE CKS Back pain - low",
			"NICE Clinical Knowledge Summaries: Back pain - low (without radiculopathy)",
			"https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
	CKS_SCIATICA("NICE CKS Sciatica", "NICE Clinical Knowledge Summaries: Sciatica (lumbar radiculopathy)",
			"https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/"),
	ACP2017("ACP 2017",
			"Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166(7):514-530",
			"https://www.acpjournals.org/doi/10.7326/M16-2367"),
	FINUCANE2020("Finucane 2020",
			"Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372",
			"https://doi.org/10.2519/jospt.2020.9971"),
	GREENHALGH2018("Greenhalgh 2018",
			"Greenhalgh S, Finucane L, Mercer C, Selfe J. Assessment and management of cauda equina syndrome. Musculoskelet Sci Pract 2018;37:69-74",
			"https://doi.org/10.1016/j.msksp.2018.06.002"),
	GIRFT2023("GIRFT 2023",
			"Getting It Right First Time: National suspected cauda equina syndrome pathway (England, 2023)", null),
	DOWNIE2013("Downie 2013",
			"Downie A et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095",
			"https://doi.org/10.1136/bmj.f7095"),
	YUSUF2019("Yusuf 2019",
			"Yusuf M, Finucane L, Selfe J. Red flags for the early detection of spinal infection in back pain patients: a systematic review. BMC Musculoskelet Disord 2019;20:606",
			null),
	NG234("NICE NG234", "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression (2023)",
			"https://www.nice.org.uk/guidance/ng234"),
	NG65("NICE NG65", "NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management (2017)",
			"https://www.nice.org.uk/guidance/ng65"),
	AORTIC_ANEURYSM("NICE NG156 / CKS AAA",
			"NICE guideline NG156: Abdominal aortic aneurysm: diagnosis and management (2020); NICE CKS Abdominal aortic aneurysm",
			"https://www.nice.org.uk/guidance/ng156"),
	NHS_HEART_ATTACK("NHS heart attack", "NHS: Heart attack - symptoms", "https://www.nhs.uk/conditions/heart-attack/"),
	PYELONEPHRITIS("NICE NG111 / CKS pyelonephritis",
			"NICE guideline NG111: Pyelonephritis (acute): antimicrobial prescribing (2018); NICE CKS Pyelonephritis - acute",
			"https://www.nice.org.uk/guidance/ng111"),
	NG118("NICE NG118", "NICE guideline NG118: Renal and ureteric stones: assessment and management (2019)",
			"https://www.nice.org.uk/guidance/ng118"),
	ANTENATAL_CARE("NICE antenatal care", "NICE guidance on antenatal care, with obstetric triage practice", null),
	SPINAL_STENOSIS("NASS stenosis guideline",
			"North American Spine Society: clinical guideline for the diagnosis and treatment of degenerative lumbar spinal stenosis; NICE CKS Sciatica",
			null),
	CERVICAL_MYELOPATHY("Myelopathy.org / Soufi",
			"Myelopathy.org: symptoms of degenerative cervical myelopathy; Soufi et al. prospective diagnostic study of degenerative cervical myelopathy (PMC12550042)",
			null),
	NHS_BACK_PAIN("NHS back pain", "NHS: Back pain - when to get medical help",
			"https://www.nhs.uk/conditions/back-pain/"),
	SERLIN1995("Serlin 1995",
			"Serlin RC et al. When is cancer pain mild, moderate or severe? Grading pain severity by its interference with function. Pain 1995;61:277-284",
			null),
	BOONSTRA2016("Boonstra 2016",
			"Boonstra AM et al. Cut-off points for mild, moderate, and severe pain on the numeric rating scale for pain in patients with chronic musculoskeletal pain. Front Psychol 2016;7:1466",
			"https://doi.org/10.3389/fpsyg.2016.01466");

	private final String shortName;

	private final String citation;

	private final String url;

	Source(String shortName, String citation, String url) {
		this.shortName = shortName;
		this.citation = citation;
		this.url = url;
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

}
