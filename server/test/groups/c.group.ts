import { runGroup } from './run-group';

runGroup('c');
