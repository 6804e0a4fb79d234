package org.backstop.core.severity;

import org.backstop.core.json.Coded;

/** How bad the spasm is, in declaration order from least to most. */
public enum SeverityLevel implements Coded {

	MINOR, MODERATE, SEVERE;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
