package org.backstop.app.token;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a token may do. */
public enum TokenScope {

	/** Read the person's data, change nothing. */
	READ,
	/** Read and change. */
	WRITE;

	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<TokenScope> of(String code) {
		return Arrays.stream(values()).filter((scope) -> scope.code().equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(TokenScope::code).toList();
	}

}
