package org.backstop.app.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.account.AccountRepository;
import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.privacy.ExportSection;
import org.backstop.app.security.AccountUser;
import org.backstop.app.security.HealthDataAccess;
import org.backstop.app.security.Secrets;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * A person's reminders and their calendar feed. Every call checks that the caller may see
 * or change the owner's data (anything else is "not found") and leaves an audit entry in
 * the same transaction, as stored assessments do. Reminders join the account export.
 */
@Service
class Reminders implements ExportSection {

	static final String RESOURCE = "reminder";

	static final String FEED_RESOURCE = AuditTrail.CALENDAR_FEED;

	private final ReminderRepository reminders;

	private final AccountRepository accounts;

	private final HealthDataAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	Reminders(ReminderRepository reminders, AccountRepository accounts, HealthDataAccess access, AuditTrail audit,
			Clock clock) {
		this.reminders = reminders;
		this.accounts = accounts;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	List<Reminder> list(AccountUser caller) {
		if (!this.access.mayRead(caller, caller.id())) {
			return List.of();
		}
		this.audit.record(caller.id(), caller, AuditAction.LIST, RESOURCE, null);
		return this.reminders.findByAccount(caller.id());
	}

	@Transactional
	Optional<Reminder> find(AccountUser caller, UUID id) {
		Optional<Reminder> found = this.reminders.findById(id)
			.filter((r) -> this.access.mayRead(caller, r.accountId()));
		found.ifPresent((r) -> this.audit.record(r.accountId(), caller, AuditAction.READ, RESOURCE, r.id()));
		return found;
	}

	@Transactional
	Checked<Reminder> create(AccountUser caller, Checked<Reminder.Schedule> schedule) {
		if (!schedule.isValid()) {
			return Checked.invalid(schedule.violations());
		}
		if (!this.access.mayChange(caller, caller.id())) {
			return Checked.invalid(List.of(Violation.of("$", "sign_in.read_only", "this sign-in may only read")));
		}
		Instant now = this.clock.instant();
		Reminder reminder = new Reminder(UUID.randomUUID(), caller.id(), schedule.value(), now, now);
		this.reminders.insert(reminder);
		this.audit.record(caller.id(), caller, AuditAction.CREATE, RESOURCE, reminder.id());
		return Checked.valid(reminder);
	}

	/**
	 * Replaces the reminder's schedule; empty when the caller has no such reminder, in
	 * which case the input is not looked at.
	 */
	@Transactional
	Optional<Checked<Reminder>> update(AccountUser caller, UUID id, Checked<Reminder.Schedule> schedule) {
		Optional<Reminder> found = this.reminders.findById(id)
			.filter((r) -> this.access.mayChange(caller, r.accountId()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		if (!schedule.isValid()) {
			return Optional.of(Checked.invalid(schedule.violations()));
		}
		Reminder old = found.get();
		Reminder changed = new Reminder(old.id(), old.accountId(), schedule.value(), old.createdAt(),
				this.clock.instant());
		this.reminders.update(changed);
		this.audit.record(old.accountId(), caller, AuditAction.UPDATE, RESOURCE, old.id());
		return Optional.of(Checked.valid(changed));
	}

	@Transactional
	boolean delete(AccountUser caller, UUID id) {
		Optional<Reminder> found = this.reminders.findById(id)
			.filter((r) -> this.access.mayChange(caller, r.accountId()));
		if (found.isEmpty()) {
			return false;
		}
		this.reminders.delete(id, found.get().accountId());
		this.audit.record(found.get().accountId(), caller, AuditAction.DELETE, RESOURCE, id);
		return true;
	}

	/** The caller's active reminders due around now, soonest first. */
	@Transactional
	List<ReminderSchedule.Occurrence> due(AccountUser caller) {
		return dueOf(list(caller));
	}

	/** Which of these reminders, already read, are due around now. */
	List<ReminderSchedule.Occurrence> dueOf(List<Reminder> reminders) {
		return ReminderSchedule.due(reminders, this.clock.instant(), ReminderSchedule.DUE_WINDOW);
	}

	/**
	 * A new secret feed address for the caller, replacing any earlier one; the secret is
	 * in the answer and nowhere else.
	 */
	@Transactional
	Optional<String> createFeed(AccountUser caller, boolean detail) {
		if (!this.access.mayChange(caller, caller.id())) {
			return Optional.empty();
		}
		String secret = Secrets.random();
		this.reminders.replaceFeed(caller.id(), Secrets.hash(secret), detail, this.clock.instant());
		this.audit.record(caller.id(), caller, AuditAction.CREATE, FEED_RESOURCE, caller.id());
		return Optional.of(secret);
	}

	@Transactional
	boolean revokeFeed(AccountUser caller) {
		if (!this.access.mayChange(caller, caller.id()) || !this.reminders.deleteFeed(caller.id())) {
			return false;
		}
		this.audit.record(caller.id(), caller, AuditAction.DELETE, FEED_RESOURCE, caller.id());
		return true;
	}

	Optional<ReminderRepository.Feed> feedOf(AccountUser caller) {
		return this.reminders.findFeed(caller.id());
	}

	/**
	 * What a feed address shows: the owner's reminders, read by whoever holds the secret,
	 * which counts as the owner (they made it and chose where to put it). Every read is
	 * audited.
	 */
	@Transactional
	Optional<FeedContent> readFeed(String secret) {
		if (secret == null || secret.length() > 100) {
			return Optional.empty();
		}
		return this.reminders.findFeedByHash(Secrets.hash(secret))
			.flatMap((feed) -> this.accounts.findById(feed.accountId()).map((account) -> {
				this.audit.record(account.id(), account.id(), account.role(), AuditAction.READ, FEED_RESOURCE,
						account.id());
				return new FeedContent(feed, this.reminders.findByAccount(account.id()));
			}));
	}

	/**
	 * A feed and the reminders it shows.
	 *
	 * @param feed the feed
	 * @param reminders every reminder of its owner, active or not
	 */
	record FeedContent(ReminderRepository.Feed feed, List<Reminder> reminders) {
	}

	@Override
	public String name() {
		return "reminders";
	}

	@Override
	public Object contentFor(UUID accountId) {
		return this.reminders.findByAccount(accountId).stream().map(ReminderView::of).toList();
	}

}
