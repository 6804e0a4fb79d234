/**
 * Diary insights: what a person's own diary supports about their spasm triggers and the
 * treatments that help them, with honest uncertainty. {@link TriggerInsights} compares
 * days with and without each factor, on the same day and the day after, as a risk ratio
 * of a spasm day with a 95% interval, Fisher's exact test and Benjamini-Hochberg
 * false-discovery control across every factor and lag tested; {@link TreatmentInsights}
 * estimates the pain relief of each treatment from before-and-after scores
 * (Hodges-Lehmann estimate, Wilcoxon signed-rank test and interval) and ranks them. Below
 * a minimum amount of data the answer is "not enough data yet", with how many more days
 * or uses are needed, never a guess. Every summary is a stable code with arguments and an
 * English text, and says what goes together, never what causes what. The distributions
 * and exact tests come from Apache Commons Statistics.
 */
package org.backstop.core.insight;
