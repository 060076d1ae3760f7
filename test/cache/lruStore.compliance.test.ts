import keyvTestSuite from '@keyv/test-suite';
import Keyv from 'keyv';
import * as vitest from 'vitest';
import { LruKeyvStore, LruMap } from '../../src/cache/lruStore.ts';

// The keyv project's own compliance suite. Each call of the factory gives a new adapter over one shared
// map, the way several keyv instances share one Redis: namespaces must then really keep apart.
const shared = new LruMap(1000);
keyvTestSuite(vitest, Keyv, () => new LruKeyvStore({ map: shared }));
