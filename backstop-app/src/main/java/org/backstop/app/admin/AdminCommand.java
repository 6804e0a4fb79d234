package org.backstop.app.admin;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code backstop admin}: the administrator commands. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Manage administrator accounts.",
		subcommands = { CreateAdminCommand.class })
public class AdminCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

}
