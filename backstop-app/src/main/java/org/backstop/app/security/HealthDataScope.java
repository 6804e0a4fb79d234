package org.backstop.app.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a person's record they can share, each on its own: a clinician or a link
 * reads only the parts named.
 */
public enum HealthDataScope {

	ASSESSMENTS, PLAN, DIARY, QUESTIONNAIRES;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<HealthDataScope> ofCode(String code) {
		for (HealthDataScope scope : values()) {
			if (scope.code().equals(code)) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

	/** The codes separated by commas, as the database keeps them. */
	public static String join(Set<HealthDataScope> scopes) {
		return scopes.stream().sorted().map(HealthDataScope::code).collect(Collectors.joining(","));
	}

	/** The scopes of a stored list of codes; unknown codes grant nothing. */
	public static Set<HealthDataScope> split(String codes) {
		Set<HealthDataScope> scopes = EnumSet.noneOf(HealthDataScope.class);
		if (codes != null) {
			for (String code : codes.split(",")) {
				ofCode(code.trim()).ifPresent(scopes::add);
			}
		}
		return scopes;
	}

}
