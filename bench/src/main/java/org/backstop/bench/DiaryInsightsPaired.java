package org.backstop.bench;

import java.util.Locale;

import org.backstop.core.insight.TreatmentInsights;
import org.backstop.core.insight.TriggerInsights;

/**
 * {@link DiaryInsightsBenchmark}'s comparison for a busy machine: read, triggers and
 * treatments are timed in turn within each round, many times over, and the fastest round
 * of each is kept. Load from other programs only ever adds time, so the fastest rounds,
 * taken side by side, are the fairest ratio a shared machine gives.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.backstop.bench.DiaryInsightsPaired [days] [h2|postgresql]
 * </pre>
 */
public final class DiaryInsightsPaired {

	private static final int ROUNDS = 60;

	private static final int RUNS_A_ROUND = 20;

	private DiaryInsightsPaired() {
	}

	public static void main(String[] args) throws Exception {
		DiaryInsightsBenchmark diary = new DiaryInsightsBenchmark();
		diary.days = (args.length > 0) ? Integer.parseInt(args[0]) : 365;
		diary.database = (args.length > 1) ? args[1] : "h2";
		diary.fill();
		try {
			DiaryInsightsBenchmark.Read read = diary.read();
			double fastestRead = Double.MAX_VALUE;
			double fastestTriggers = Double.MAX_VALUE;
			double fastestTreatments = Double.MAX_VALUE;
			for (int round = 0; round < ROUNDS; round++) {
				long start = System.nanoTime();
				for (int i = 0; i < RUNS_A_ROUND; i++) {
					diary.read();
				}
				long afterRead = System.nanoTime();
				for (int i = 0; i < RUNS_A_ROUND; i++) {
					TriggerInsights.analyse(read.days());
				}
				long afterTriggers = System.nanoTime();
				for (int i = 0; i < RUNS_A_ROUND; i++) {
					TreatmentInsights.rank(read.uses());
				}
				long afterTreatments = System.nanoTime();
				fastestRead = Math.min(fastestRead, millis(afterRead - start));
				fastestTriggers = Math.min(fastestTriggers, millis(afterTriggers - afterRead));
				fastestTreatments = Math.min(fastestTreatments, millis(afterTreatments - afterTriggers));
			}
			double analyse = fastestTriggers + fastestTreatments;
			System.out.printf(Locale.ROOT,
					"%s, %d days: read %.3f ms, triggers %.3f ms, treatments %.3f ms, analyse / read %.2f%n",
					diary.database, diary.days, fastestRead, fastestTriggers, fastestTreatments, analyse / fastestRead);
		}
		finally {
			diary.close();
		}
	}

	private static double millis(long nanos) {
		return nanos / 1e6 / RUNS_A_ROUND;
	}

}
