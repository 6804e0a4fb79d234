package org.backstop.core.questionnaire;

import org.backstop.core.knowledge.Source;

/**
 * Where a scoring rule, band or meaningful change comes from: a {@link Source} from the
 * knowledge catalogue where it has one, else one of the instrument papers below.
 *
 * @param shortName the short name the clinical facts use
 * @param citation the full reference
 * @param url where to read it, or {@code null}
 */
public record Citation(String shortName, String citation, String url) {

	// The instrument papers are not (yet) in the knowledge catalogue, which another
	// change is reorganising; they belong there, and these constants should then give
	// way to Source entries of the same short names.

	/** Ostelo 2008: the minimal important change for NRS, RMDQ and ODI. */
	public static final Citation OSTELO2008 = new Citation("Ostelo 2008",
			"Ostelo RWJG et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90-94",
			null);

	/** Krebs 2009: the PEG, its items and its scoring. */
	public static final Citation KREBS2009 = new Citation("Krebs 2009",
			"Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24(6):733-738",
			"https://doi.org/10.1007/s11606-009-0981-1");

	/** Hill 2008: the STarT Back tool, its scoring and its risk groups. */
	public static final Citation HILL2008 = new Citation("Hill 2008",
			"Hill JC et al. A primary care back pain screening tool: identifying patient subgroups for initial treatment. Arthritis Rheum 2008;59(5):632-641",
			null);

	/** Fairbank 2000: the Oswestry Disability Index, its scoring and bands. */
	public static final Citation FAIRBANK2000 = new Citation("Fairbank 2000",
			"Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940-2953", null);

	/** Roland 1983: the Roland-Morris Disability Questionnaire. */
	public static final Citation ROLAND1983 = new Citation("Roland 1983",
			"Roland M, Morris R. A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain. Spine 1983;8:141-144",
			null);

	/** Kamper 2010: what counts as recovered on the NRS and the RMDQ. */
	public static final Citation KAMPER2010 = new Citation("Kamper 2010",
			"Kamper SJ et al. Global perceived effect scales provided reliable assessments of health transition in people with musculoskeletal disorders, but ratings are strongly influenced by current status. Eur Spine J 2010;19:1495-1501",
			null);

	public static Citation of(Source source) {
		return new Citation(source.shortName(), source.citation(), source.url());
	}

}
