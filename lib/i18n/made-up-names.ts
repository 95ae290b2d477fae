import { englishOf, say, type ServerSentence, type WireSentence } from './server-sentences';

/**
 * A name the server has to make up because the real one is gone or was never a person's: a
 * participant whose account was removed, the system, the Chair, a delegation no longer listed.
 * `name` is the English (the API's, bots' and logs'); `said` words it in the reader's language.
 */
export interface MadeUpName {
  name: string;
  said: WireSentence;
}

const madeUp = (said: ServerSentence): MadeUpName => ({ name: englishOf(said), said });

export const formerParticipant = (): MadeUpName => madeUp(say('server.people.formerParticipant', {}));
export const systemName = (): MadeUpName => madeUp(say('server.people.system', {}));
export const chairName = (): MadeUpName => madeUp(say('server.revisions.chair', {}));
export const unknownDelegationName = (): MadeUpName => madeUp(say('server.revisions.unknownDelegation', {}));
