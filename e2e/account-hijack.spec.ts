import { expect, test, type Browser, type Page } from '@playwright/test';
import { choosePassword, signIn, signInFirstTime } from './helpers';

/**
 * The pre-hijack of an account across meetings, tried through the browser: the secretariat of
 * meeting A adds an email and so learns its initial password; the secretariat of meeting B then
 * adds the same email. B's add must not let A's secretariat in as B's delegate.
 */

const DEMO_MEETING = /Working Group on Trafficking|twelfth meeting/i;
const stamp = Date.now();
const OFFICER_A = `officer-a-${stamp}@mission.test`;
const X = `x-${stamp}@mission.test`;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Adds a participant through the setup page's form and returns the one-time secret it shows. */
async function addParticipant(page: Page, fields: { email: string; name: string; role: string; delegation?: string }): Promise<{ message: string; secret: string }> {
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Email').fill(fields.email);
  await form.getByLabel('Name').fill(fields.name);
  await form.getByLabel('Role').selectOption({ label: fields.role });
  if (fields.delegation) await form.getByLabel('Delegation').selectOption({ label: fields.delegation });
  await form.getByRole('button', { name: 'Add participant' }).click();
  const status = form.getByRole('status');
  await expect(status.getByTestId('initial-password')).toBeVisible();
  return { message: (await status.locator('p').first().textContent()) ?? '', secret: (await status.getByTestId('initial-password').textContent()) ?? '' };
}

test('a secretariat that knows an initial password cannot use it to sit in another meeting', async ({ browser }) => {
  const administrator = await newPage(browser);
  let meetingA = '';
  let demoSetup = '';
  let xPassword = '';

  await test.step('the administrator creates meeting A and makes a new officer its secretariat', async () => {
    await signIn(administrator, 'secretariat@concord.test');
    await administrator.getByRole('link', { name: 'New meeting' }).click();
    await administrator.getByLabel('Title', { exact: true }).fill(`Meeting A ${stamp}`);
    await administrator.getByLabel('Body', { exact: true }).fill('Conference of the Parties');
    await administrator.getByLabel('Venue', { exact: true }).fill('Vienna');
    await administrator.getByLabel('First day').fill('2027-03-01');
    await administrator.getByLabel('Last day').fill('2027-03-02');
    await administrator.getByLabel('Document symbol prefix').fill('A/TEST/2027');
    await administrator.getByRole('button', { name: 'Create meeting' }).click();
    await expect(administrator).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/setup$/);
    meetingA = new URL(administrator.url()).pathname.replace(/\/setup$/, '');
    const added = await addParticipant(administrator, { email: OFFICER_A, name: 'Officer of meeting A', role: 'Secretariat' });
    const officer = await newPage(browser);
    await signInFirstTime(officer, OFFICER_A, added.secret, 'officer-a-own-password');
    await officer.context().close();
  });

  const officerA = await newPage(browser);
  await test.step('A\'s secretariat adds X and is shown X\'s initial password', async () => {
    await signIn(officerA, OFFICER_A, 'officer-a-own-password');
    await officerA.goto(`${meetingA}/setup`);
    xPassword = (await addParticipant(officerA, { email: X, name: 'Ms. X', role: 'Viewer' })).secret;
    expect(xPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  });

  await test.step('B\'s secretariat adds X too: an invitation with a code, not a membership', async () => {
    await administrator.goto('/meetings');
    await administrator.getByRole('link', { name: DEMO_MEETING }).first().click();
    await administrator.getByRole('link', { name: 'Meeting setup' }).click();
    demoSetup = new URL(administrator.url()).pathname;
    const invited = await addParticipant(administrator, { email: X, name: 'Ms. X', role: 'Delegate', delegation: 'Mexico' });
    expect(invited.message).toContain('This email already has a Concord account; it joins this meeting only when its owner accepts with the invitation code below');
    await expect(administrator.getByRole('list', { name: 'Pending invitations' })).toContainText(X);
  });

  const hijacker = await newPage(browser);
  const demoMeeting = () => demoSetup.replace(/\/setup$/, '');
  await test.step('A\'s secretariat signs in as X: nothing but choosing a password', async () => {
    await hijacker.goto('/signin');
    await hijacker.getByLabel('Email').fill(X);
    await hijacker.getByLabel('Password').fill(xPassword);
    await hijacker.getByRole('button', { name: 'Sign in' }).click();
    await expect(hijacker.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
    await hijacker.goto(meetingA);
    await expect(hijacker.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
    const api = await hijacker.request.get(`/api${meetingA}`);
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe('password_change_required');
  });

  await test.step('with a password of its own, the account is still not in meeting B, and a guessed code is refused', async () => {
    await choosePassword(hijacker, xPassword, 'hijacker-password', `Meeting A ${stamp}`);
    await hijacker.goto('/meetings');
    await expect(hijacker.getByRole('link', { name: `Meeting A ${stamp}` })).toBeVisible();
    await expect(hijacker.getByRole('link', { name: DEMO_MEETING })).toHaveCount(0);
    await hijacker.goto(demoMeeting());
    await expect(hijacker.getByRole('heading', { name: 'Not found' })).toBeVisible();
    expect((await hijacker.request.get(`/api${demoMeeting()}`)).status()).toBe(404);
    await hijacker.goto('/invitations');
    await hijacker.getByLabel('Invitation code').fill('ABCD-EFGH-JKLM-NPQR');
    await hijacker.getByRole('button', { name: 'Join the meeting' }).click();
    await expect(hijacker.getByRole('form', { name: 'Join a meeting' }).getByRole('alert')).toHaveText(/^This invitation code is not valid for your account/);
  });

  await test.step('B\'s secretariat still sees X as invited only, and withdraws the invitation', async () => {
    await administrator.reload();
    const pending = administrator.getByRole('list', { name: 'Pending invitations' });
    await expect(pending).toContainText(X);
    administrator.once('dialog', (dialog) => void dialog.accept());
    await pending.getByRole('button', { name: 'Withdraw invitation' }).click();
    await expect(administrator.getByRole('list', { name: 'Pending invitations' })).toHaveCount(0);
  });

  await hijacker.context().close();
  await officerA.context().close();
  await administrator.context().close();
});
