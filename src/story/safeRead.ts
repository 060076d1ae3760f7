/**
 * Reading a file of the story folder safely: opened once (without blocking, so a FIFO cannot hang the
 * load), and every check made on the open handle, not on the path: it must be a regular file, no larger
 * than the limit, and the file opened must be inside the folder (a symbolic link within the folder is
 * fine). Checking the handle closes the race where the path is swapped between a check and the read.
 */
import { constants } from 'node:fs';
import { open, readlink, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export class UnsafeFileError extends Error {}

/** The bytes of `file` in the folder `realDir` (its real path), or an UnsafeFileError saying why not. */
export async function readInFolder(realDir: string, file: string, maxBytes: number): Promise<Buffer> {
  const path = join(realDir, file);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnsafeFileError('not a regular file');
    if (!(await openedInside(handle.fd, path, realDir, info))) throw new UnsafeFileError('points outside the story folder');
    if (info.size > maxBytes) throw new UnsafeFileError(`larger than ${maxBytes / 1024 / 1024} MB`);
    // Read at most one byte past the limit, whatever the size said (the file may grow).
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) throw new UnsafeFileError(`larger than ${maxBytes / 1024 / 1024} MB`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Whether the opened file is inside the folder: by the path the kernel gives the handle, else by identity. */
async function openedInside(fd: number, path: string, realDir: string, info: { dev: number; ino: number }): Promise<boolean> {
  const inside = (p: string) => p.startsWith(realDir + sep);
  try {
    return inside(await readlink(`/proc/self/fd/${fd}`));
  } catch {
    // No /proc: the path's real target must be inside and be the very file that was opened.
    const target = await realpath(path);
    const now = await stat(target);
    return inside(target) && now.dev === info.dev && now.ino === info.ino;
  }
}
