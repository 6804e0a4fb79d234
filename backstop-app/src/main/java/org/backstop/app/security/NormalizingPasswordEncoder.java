package org.backstop.app.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import org.backstop.app.account.PasswordPolicy;

/**
 * Hashes and checks the NFKC form of a password, so that the same password typed on
 * different keyboards (composed or decomposed accents, say) always matches.
 */
final class NormalizingPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	NormalizingPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(PasswordPolicy.normalize(rawPassword.toString()));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return rawPassword != null && encodedPassword != null
				&& this.delegate.matches(PasswordPolicy.normalize(rawPassword.toString()), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
