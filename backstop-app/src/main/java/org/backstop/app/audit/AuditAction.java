package org.backstop.app.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** What was done with a person's data. */
public enum AuditAction {

	CREATE, READ, UPDATE, LIST, DELETE, EXPORT;

	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
