/**
 * Validated questionnaires: their items, scoring, interpretation bands, minimal
 * clinically important difference (MCID) and codes, as the clinical facts (section 7) and
 * reference (section 6) give them. Every score here is worse when higher.
 *
 * <p>
 * What each licence allows, and what Backstop does:
 *
 * <table>
 * <caption>Instruments, licences and what Backstop ships</caption>
 * <tr>
 * <th>instrument</th>
 * <th>licence</th>
 * <th>Backstop ships</th>
 * <th>code</th>
 * <th>MCID</th>
 * </tr>
 * <tr>
 * <td>pain NRS 0-10</td>
 * <td>generic, free</td>
 * <td>the question in its own words, the scoring, bands (Boonstra 2016)</td>
 * <td>LOINC 72514-3</td>
 * <td>2 points (Ostelo 2008)</td>
 * </tr>
 * <tr>
 * <td>PEG</td>
 * <td>published open access, treated as free (Krebs 2009; to be confirmed)</td>
 * <td>the three questions in its own words, the scoring; no bands (none published)</td>
 * <td>LOINC 91147-9 (score; panel 91148-7), as the clinical reference gives them from a
 * secondary source, not yet checked at loinc.org</td>
 * <td>30 % of the first score, a trial convention: no PEG MCID is established</td>
 * </tr>
 * <tr>
 * <td>Keele STarT Back</td>
 * <td>Keele University copyright; free for non-commercial clinical use with the wording
 * unchanged; commercial use needs Keele</td>
 * <td>the scoring and risk groups (Hill 2008) only; items are keys with a topic
 * paraphrase, never the wording</td>
 * <td>none confirmed: Backstop's own ({@code urn:backstop:instrument})</td>
 * <td>none: a screening tool, not a measure of change</td>
 * </tr>
 * <tr>
 * <td>Oswestry Disability Index</td>
 * <td>licensed through Mapi Research Trust; fees may apply</td>
 * <td>no text; a clinician enters the ten section scores, Backstop scores them (Fairbank
 * 2000)</td>
 * <td>Backstop's own</td>
 * <td>10 points (Ostelo 2008)</td>
 * </tr>
 * <tr>
 * <td>Roland-Morris</td>
 * <td>copyright Roland and Morris, terms not confirmed</td>
 * <td>no text; a clinician enters the total</td>
 * <td>Backstop's own</td>
 * <td>5 points (Ostelo 2008)</td>
 * </tr>
 * <tr>
 * <td>PROMIS Pain Interference</td>
 * <td>integration into software needs written permission</td>
 * <td>left out</td>
 * <td>-</td>
 * <td>-</td>
 * </tr>
 * </table>
 */
package org.backstop.core.questionnaire;
