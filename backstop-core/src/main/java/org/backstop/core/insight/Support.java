package org.backstop.core.insight;

/** How far a finding is supported, which chooses how strongly its summary may speak. */
public enum Support {

	/**
	 * Below the false-discovery threshold ({@code q < 0.05}) across everything tested.
	 */
	SUPPORTED,

	/**
	 * Nominally significant on its own ({@code p < 0.05}) but not once every factor
	 * tested is taken into account: with enough factors, some pass by chance alone.
	 */
	HINT,

	/** Not significant: the difference could still be chance. */
	COULD_BE_CHANCE;

	static Support of(double p, double q) {
		if (q < FalseDiscovery.LEVEL) {
			return SUPPORTED;
		}
		return (p < FalseDiscovery.LEVEL) ? HINT : COULD_BE_CHANCE;
	}

}
