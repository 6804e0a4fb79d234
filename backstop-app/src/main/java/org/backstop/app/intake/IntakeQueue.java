package org.backstop.app.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.Role;
import org.backstop.app.assessment.AttachedAssessments.Attached;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.clinic.Clinic;
import org.backstop.app.clinic.ClinicSettings;
import org.backstop.app.privacy.ExportSection;
import org.backstop.app.security.AccountUser;

/**
 * Takes requests in and lets clinicians work through them. Every staff call checks the
 * caller is a clinician (the security configuration does too, for the pages) and leaves
 * an audit entry naming what was done, in the same transaction: {@code intake_request}
 * for opening, exporting and taking one in, {@code intake_status},
 * {@code intake_assignment} and {@code intake_note} for changes.
 */
@Service
class IntakeQueue implements ExportSection {

	/** How long a request's confirmation page still shows its urgency. */
	static final Duration RECEIPT_LIFE = Duration.ofHours(1);

	static final String REQUEST = "intake_request";

	static final String STATUS = "intake_status";

	static final String ASSIGNMENT = "intake_assignment";

	static final String NOTE = "intake_note";

	/** Rows on the queue page; filters and search find the rest. */
	static final int PAGE_ROWS = 200;

	/** Rows in one export. */
	static final int EXPORT_ROWS = 5000;

	static final int MAX_NOTE = 2000;

	private final IntakeRepository requests;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final ClinicSettings clinic;

	private final ContactMails mails;

	private final Clock clock;

	IntakeQueue(IntakeRepository requests, AccountRepository accounts, AuditTrail audit, ClinicSettings clinic,
			ContactMails mails, Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.audit = audit;
		this.clinic = clinic;
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional
	IntakeRequest submit(ContactForm.Contact contact, Optional<Attached> attached, AccountUser sender, Locale locale) {
		Instant now = now();
		IntakeRequest request = new IntakeRequest(UUID.randomUUID(), now, contact.name(), contact.email(),
				contact.phone(), contact.method(), contact.time(), contact.reason(), contact.message(),
				locale.getLanguage(), (sender != null) ? sender.id() : null,
				attached.map(Attached::urgency).orElse(IntakeRequest.NOT_ASSESSED),
				attached.map((a) -> a.level().code()).orElse(null), attached.map(Attached::signs).orElse(List.of()),
				attached.map(Attached::assessedAt).orElse(null), contact.embeddedFrom(), IntakeStatus.NEW, null, now);
		this.requests.insert(request);
		if (sender != null) {
			this.audit.record(sender.id(), sender, AuditAction.CREATE, REQUEST, request.id());
		}
		Clinic current = this.clinic.current();
		this.mails.requestReceived(request, current.name(), current.notifyEmails(), locale);
		return request;
	}

	@Override
	public String name() {
		return "contactRequests";
	}

	/**
	 * The contact requests the person sent while signed in, with what the clinic did with
	 * them (status; the clinic's own notes stay the clinic's).
	 */
	@Override
	public Object contentFor(UUID accountId) {
		return this.requests.sentBy(accountId)
			.stream()
			.map((r) -> new SentRequest(r.receivedAt(), r.name(), r.email(), r.phone(), r.method().code(),
					r.time().code(), r.reason().code(), r.message(), r.triageLevel(), r.redFlags(), r.status().code()))
			.toList();
	}

	/** A request as the person's export shows it. */
	record SentRequest(Instant receivedAt, String name, String email, String phone, String contactMethod,
			String contactTime, String reason, String message, String triageLevel, List<String> warningSigns,
			String status) {
	}

	/**
	 * A request as its own confirmation page shows it, for {@link #RECEIPT_LIFE} after it
	 * arrived; then it is gone from there as if never sent.
	 */
	Optional<IntakeRequest> receipt(UUID id) {
		Instant since = now().minus(RECEIPT_LIFE);
		return this.requests.find(id).filter((r) -> r.receivedAt().isAfter(since));
	}

	List<IntakeRequest> queue(AccountUser caller, QueueFilter filter) {
		requireClinician(caller);
		return this.requests.queue(filter, PAGE_ROWS);
	}

	@Transactional
	Optional<IntakeRequest> open(AccountUser caller, UUID id) {
		requireClinician(caller);
		Optional<IntakeRequest> found = this.requests.find(id);
		found.ifPresent((r) -> this.audit.record(r.subject(), caller, AuditAction.READ, REQUEST, r.id()));
		return found;
	}

	List<IntakeNote> notes(AccountUser caller, UUID id) {
		requireClinician(caller);
		return this.requests.notes(id);
	}

	@Transactional
	boolean setStatus(AccountUser caller, UUID id, IntakeStatus status) {
		return change(caller, id, STATUS, (r) -> this.requests.setStatus(r.id(), status, now()));
	}

	/**
	 * Assigns the request to a clinician, or to nobody; answers false when either is not
	 * found.
	 */
	@Transactional
	boolean assign(AccountUser caller, UUID id, UUID clinicianId) {
		if (clinicianId != null && clinicians().stream().noneMatch((c) -> c.id().equals(clinicianId))) {
			return false;
		}
		return change(caller, id, ASSIGNMENT, (r) -> this.requests.assign(r.id(), clinicianId, now()));
	}

	@Transactional
	boolean addNote(AccountUser caller, UUID id, String body) {
		return change(caller, id, NOTE, (r) -> {
			this.requests.addNote(r.id(), caller.id(), body, now());
			return true;
		});
	}

	/** The requests the filter finds, each export in its subject's audit trail. */
	@Transactional
	List<IntakeRequest> export(AccountUser caller, QueueFilter filter) {
		requireClinician(caller);
		List<IntakeRequest> found = this.requests.queue(filter, EXPORT_ROWS);
		found.forEach((r) -> this.audit.record(r.subject(), caller, AuditAction.EXPORT, REQUEST, r.id()));
		return found;
	}

	/** Everyone a request can be assigned to. */
	List<Account> clinicians() {
		return this.accounts.findByRole(Role.CLINICIAN);
	}

	private boolean change(AccountUser caller, UUID id, String what, java.util.function.Predicate<IntakeRequest> act) {
		requireClinician(caller);
		if (!caller.canWrite()) {
			throw new AccessDeniedException("a read-only caller cannot change a request");
		}
		Optional<IntakeRequest> found = this.requests.find(id);
		if (found.isEmpty() || !act.test(found.get())) {
			return false;
		}
		this.audit.record(found.get().subject(), caller, AuditAction.UPDATE, what, id);
		return true;
	}

	private static void requireClinician(AccountUser caller) {
		if (caller == null || caller.role() != Role.CLINICIAN) {
			throw new AccessDeniedException("only clinicians see the intake queue");
		}
	}

	private Instant now() {
		// The database keeps microseconds: keep what will be read back.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
