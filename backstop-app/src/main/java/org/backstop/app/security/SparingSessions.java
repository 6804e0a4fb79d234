package org.backstop.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Sessions in the database that are written when they change, not on every view. Spring
 * Session saves a session's last access time on every request that reads it, so each view
 * of a result or plan page was a database commit, which took more of those pages' time
 * than anything else. Here a new access time is kept only when the stored one is more
 * than {@link #TOUCH_EVERY} old: a session may then end up to that much earlier than its
 * timeout says (30 minutes by default), never later. Attributes, sign-in and sign-out are
 * written as before.
 */
@Component
class SparingSessions implements BeanPostProcessor {

	/** How stale the stored last access time may get before a view writes it. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

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

		Repository(FindByIndexNameSessionRepository<Session> stored) {
			this.stored = stored;
		}

		@Override
		public Session createSession() {
			return new Sparing(this.stored.createSession());
		}

		@Override
		public void save(Session session) {
			this.stored.save((session instanceof Sparing sparing) ? sparing.stored : session);
		}

		@Override
		public Session findById(String id) {
			Session session = this.stored.findById(id);
			return (session != null) ? new Sparing(session) : null;
		}

		@Override
		public void deleteById(String id) {
			this.stored.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.stored.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

	/** A stored session whose access time changes only when it is a minute stale. */
	static final class Sparing implements Session {

		private final Session stored;

		Sparing(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
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
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
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
