import { expect, test, type WebSocketRoute } from '@playwright/test';
import { DRAFT_TWO_TITLE, openDemoDraft, paragraphEditor, selectParagraph } from './helpers';

/**
 * The race that must work: a delegate is typing in a paragraph at the moment the chair marks it
 * agreed. The delegate's browser is held back from hearing the decision (its websocket's
 * server-to-page messages are paused), so its next keystroke leaves after the decision, exactly as
 * on a slow connection in the room.
 */
test('a delegate typing while the chair agrees the paragraph is told, and gets the words back', async ({ browser }) => {
  const context = await browser.newContext();
  let hold = false;
  const held: Array<() => void> = [];
  await context.routeWebSocket(/\/collab\//, (page: WebSocketRoute) => {
    const server = page.connectToServer();
    server.onMessage((message) => (hold ? held.push(() => page.send(message)) : page.send(message)));
    server.onClose((code, reason) => {
      // onClose does not wait for its handler; if closing the page's side failed, the page would
      // stay connected and the assertions below would say so.
      const close = (): void => void page.close({ code, reason });
      if (hold) held.push(close);
      else close();
    });
  });
  const mexico = await openDemoDraft(browser, 'mexico@concord.test', DRAFT_TWO_TITLE, context);
  const chair = await openDemoDraft(browser, 'chair@concord.test', DRAFT_TWO_TITLE);

  const editor = paragraphEditor(mexico, '3');
  await editor.click();
  await mexico.keyboard.press('End');
  hold = true;
  await selectParagraph(chair, '3');
  await chair.getByLabel('Status of paragraph 3').selectOption('agreed');
  await expect(chair.getByTestId('paragraph-3')).toHaveAttribute('data-status', 'agreed');
  await mexico.keyboard.type(' without delay');
  hold = false;
  for (const deliver of held.splice(0)) deliver();

  const notice = mexico.getByTestId('refusal');
  await expect(notice).toContainText('Paragraph 3 was agreed while you were typing; your last change was not applied.');
  await expect(mexico.getByTestId('unsaved-text')).toHaveText('without delay');
  await expect(mexico.getByTestId('connection-state')).toHaveText('Live');
  await expect(mexico.getByTestId('paragraph-3')).toHaveAttribute('data-status', 'agreed');
  await expect(paragraphEditor(mexico, '3')).not.toContainText('without delay');
  await expect(paragraphEditor(chair, '3')).not.toContainText('without delay');
  await context.close();
  await chair.context().close();
});
