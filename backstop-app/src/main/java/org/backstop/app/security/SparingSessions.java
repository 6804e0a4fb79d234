package org.backstop.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import org.backstop.app.system.LatelyUsed;

/**
 * Sessions in the database that are written when they change, not on every view. Spring
 * Session saves a session's last access time on every request that reads it, so each view
 * of a result or plan page was a database commit, which took more of those pages' time
 * than anything else. Here a new access time is kept only when the stored one is more
 * than {@link #TOUCH_EVERY} old: a session may then end up to that much earlier than its
 * timeout says (30 minutes by default), never later. Attributes, sign-in and sign-out are
 * written as before, and a session written for them takes its new access time along.
 * <p>
 * A session the database refuses to store (a full disk, a read-only database) is kept in
 * this node's memory instead, and read from there, until the database takes it again: the
 * wizard keeps its answers in the session, and a person in the middle of a red flag must
 * still reach their answer (HAZ-020). Behind a proxy that spreads one browser's requests
 * over several nodes, such a session is only on the node that kept it.
 */
@Component
class SparingSessions implements BeanPostProcessor {

	/** How stale the stored last access time may get before a view writes it. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	/** Sessions kept in memory while the database refuses them; the oldest go first. */
	static final int KEPT_WHILE_REFUSED = 10_000;

	private static final Log log = LogFactory.getLog(SparingSessions.class);

	@Override
	@SuppressWarnings("unchecked")
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof Repository)) {
			return new Repository((FindByIndexNameSessionRepository<Session>) sessions);
		}
		return bean;
	}

	/** The database's sessions, each handed out in a {@link Sparing} wrapper. */
	static final class Repository implements FindByIndexNameSessionRepository<Session> {

		private final FindByIndexNameSessionRepository<Session> stored;

		/**
		 * Sessions the database refused, by id. Each keeps what it could not store
		 * (Spring Session clears that only once a save succeeds), so the next save once
		 * the database takes writes stores all of it.
		 */
		private final LatelyUsed<String, Session> refused = new LatelyUsed<>(KEPT_WHILE_REFUSED);

		Repository(FindByIndexNameSessionRepository<Session> stored) {
			this.stored = stored;
		}

		@Override
		public Session createSession() {
			return new Sparing(this.stored.createSession());
		}

		@Override
		public void save(Session session) {
			Session unwrapped = (session instanceof Sparing sparing) ? sparing.stored : session;
			try {
				this.stored.save(unwrapped);
				this.refused.remove(unwrapped.getId());
			}
			catch (DataAccessException | TransactionException ex) {
				// Once a session, and the class only: the database's message may quote
				// what the session holds.
				if (this.refused.get(unwrapped.getId()) != unwrapped) {
					log.warn("The database refused to store a session (" + ex.getClass().getSimpleName()
							+ "); it is kept in this node's memory until the database takes it");
				}
				this.refused.put(unwrapped.getId(), unwrapped);
			}
		}

		@Override
		public Session findById(String id) {
			Session kept = this.refused.get(id);
			// A kept session whose id has changed since (signing in) is not found by
			// its old one.
			if (kept != null && kept.getId().equals(id) && !kept.isExpired()) {
				return new Sparing(kept);
			}
			if (kept != null) {
				this.refused.remove(id);
			}
			Session session = this.stored.findById(id);
			return (session != null) ? new Sparing(session) : null;
		}

		@Override
		public void deleteById(String id) {
			this.refused.remove(id);
			this.stored.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.stored.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

	/**
	 * A stored session whose access time changes only when it is a minute stale, or when
	 * the session is written anyway.
	 */
	static final class Sparing implements Session {

		private final Session stored;

		/** The access time not passed on yet, if any. */
		private Instant heldBack;

		Sparing(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
				this.heldBack = null;
			}
			else {
				this.heldBack = lastAccessedTime;
			}
		}

		/**
		 * A change of attributes writes the session's own row too: it costs one more
		 * statement in the same transaction, and a refused write then fails there, where
		 * Spring Session reports it, rather than only at an attribute's insert, where it
		 * reads a refusing constraint as a session deleted meanwhile and drops the
		 * attribute silently.
		 */
		private void changing(String attributeName, Object value) {
			if (this.heldBack != null && (value != null || this.stored.getAttributeNames().contains(attributeName))) {
				this.stored.setLastAccessedTime(this.heldBack);
				this.heldBack = null;
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			changing(attributeName, attributeValue);
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changing(attributeName, null);
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
