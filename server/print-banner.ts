interface DemoSignIn {
  email: string;
  password: string;
  role: string;
  delegation?: string | null;
}

/** What a newcomer needs after `npm start`: where to go and how to sign in. */
export function printBanner(opts: {
  port: number;
  embedded: boolean;
  dataDir: string;
  seeded: boolean;
  demoSignIns: readonly DemoSignIn[];
  /** Milliseconds since the Node process started. */
  startupMs: number;
  /** Where they went, phase by phase (the start-up benchmark reads this line). */
  phases: string;
}): void {
  const lines = [
    '',
    `  Concord is running at http://localhost:${opts.port}`,
    `  Database: ${opts.embedded ? `embedded PostgreSQL (${opts.dataDir}/pg)` : 'DATABASE_URL'}; started in ${Math.round(opts.startupMs)} ms (${opts.phases})`,
  ];
  if (opts.demoSignIns.length) {
    lines.push('', `  Demo sign-ins${opts.seeded ? ' (the demo meeting was just seeded into this empty database)' : ''}:`);
    for (const signIn of opts.demoSignIns) {
      const who = signIn.delegation ? `${signIn.role}, ${signIn.delegation}` : signIn.role;
      lines.push(`    ${signIn.email.padEnd(28)} ${signIn.password.padEnd(14)} ${who}`);
    }
  }
  lines.push('');
  console.log(lines.join('\n'));
}
