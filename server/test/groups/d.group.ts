import { runGroup } from './run-group';

runGroup('d');
