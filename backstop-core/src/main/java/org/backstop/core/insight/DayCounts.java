package org.backstop.core.insight;

/**
 * The days compared for one factor at one lag: the 2x2 table of factor against spasm day,
 * with the episode counts beside it.
 *
 * @param daysWith days with the factor
 * @param spasmDaysWith of those, days with a spasm
 * @param episodesWith episodes on days with the factor
 * @param daysWithout days without the factor
 * @param spasmDaysWithout of those, days with a spasm
 * @param episodesWithout episodes on days without the factor
 */
public record DayCounts(int daysWith, int spasmDaysWith, int episodesWith, int daysWithout, int spasmDaysWithout,
		int episodesWithout) {

	/** Spasm days among all the days compared. */
	public int spasmDays() {
		return this.spasmDaysWith + this.spasmDaysWithout;
	}

	/** The share of days with the factor that had a spasm. */
	public double shareWith() {
		return (double) this.spasmDaysWith / this.daysWith;
	}

	/** The share of days without the factor that had a spasm. */
	public double shareWithout() {
		return (double) this.spasmDaysWithout / this.daysWithout;
	}

	/**
	 * The table as Commons Statistics takes it: rows with / without, columns spasm /
	 * none.
	 */
	int[][] table() {
		return new int[][] { { this.spasmDaysWith, this.daysWith - this.spasmDaysWith },
				{ this.spasmDaysWithout, this.daysWithout - this.spasmDaysWithout } };
	}

}
