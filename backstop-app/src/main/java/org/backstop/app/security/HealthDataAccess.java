package org.backstop.app.security;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a caller may see or change a person's health data.
 * Today only the person themselves may; sharing with a clinic will add grants here. No
 * role, administrators included, sees health data by its role alone.
 */
@Component
public class HealthDataAccess {

	public boolean mayRead(AccountUser caller, UUID ownerId) {
		return caller != null && caller.id().equals(ownerId);
	}

	public boolean mayChange(AccountUser caller, UUID ownerId) {
		return caller != null && caller.canWrite() && caller.id().equals(ownerId);
	}

}
