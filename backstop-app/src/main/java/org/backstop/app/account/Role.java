package org.backstop.app.account;

/** What an account may do. Nobody gets more than their role needs. */
public enum Role {

	/** A person keeping their own history. */
	PATIENT,
	/** Sees the people who chose to share with them. */
	CLINICIAN,
	/** Runs the service; reads the mail outbox, never health data by role alone. */
	ADMIN

}
