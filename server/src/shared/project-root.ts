import fs from 'node:fs';
import path from 'node:path';

/** The repository's root (the nearest folder up with codegen.yml: from server/src/shared and from server/dist/src/shared). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'codegen.yml')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
