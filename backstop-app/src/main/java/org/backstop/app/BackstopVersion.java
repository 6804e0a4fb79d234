package org.backstop.app;

import picocli.CommandLine.IVersionProvider;

import org.backstop.core.AssessmentEngine;

/** Reports the version of the assessment rules, which is what results carry. */
class BackstopVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "Backstop, assessment engine " + AssessmentEngine.VERSION };
	}

}
