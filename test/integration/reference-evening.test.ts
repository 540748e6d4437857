import { referenceEvening } from './support/reference-evening';
import { testServer } from '../../harness/server';

referenceEvening('the reference evening, end to end over sockets', () => testServer());
