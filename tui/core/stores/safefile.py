"""Safe file writing shared by the stores: a lock (``filelock``) and an atomic replace."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

LOCK_TIMEOUT = 5.0


class LockTimeout(OSError):
    """Another process held the lock for longer than the timeout."""


def lock_path_for(path: Path) -> Path:
    """The lock file that guards ``path``: ``<name>.lock`` in the same folder."""
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s lock file (``filelock``: POSIX and Windows).

    Each call takes its own lock, so two threads of one process exclude each other too.

    Raises:
        OSError: the folder or lock file cannot be created (read-only, missing, full).
        LockTimeout: another process kept the lock for ``timeout`` seconds.
    """
    from filelock import FileLock, Timeout  # imported on the first save, not at start

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path_for(path), timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise LockTimeout(errno.EAGAIN, f"{path.name} is locked by another briefing") from None
    try:
        yield
    finally:
        lock.release()


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows cannot open folders; the rename is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on a folder; the data file itself was fsynced
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half.

    A temporary file in the same folder is written, flushed and fsynced, then moved over
    ``path`` with ``os.replace``; the folder is fsynced after. On any error the temporary
    file is removed and the old ``path`` is untouched.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            # Keep the file's previous permissions; a fresh file gets the usual 0644.
            os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


def remove_stale_temps(path: Path) -> None:
    """Delete temporary files a crashed writer of ``path`` left; call only under the lock.

    Every temporary file is created and renamed while the lock is held, so any found by
    the lock's holder belongs to a writer that died.
    """
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def describe_os_error(folder: Path, exc: OSError) -> str:
    """A short human reason why ``folder`` could not be written."""
    if isinstance(exc, LockTimeout):
        return "another briefing window is still saving"
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{folder} is read-only"
    if code == errno.ENOENT:
        return f"{folder} does not exist and cannot be created"
    if code == errno.ENOSPC:
        return f"the disk holding {folder} is full"
    if code == errno.EDQUOT:
        return f"the disk quota for {folder} is exceeded"
    if code == errno.ENOTDIR:
        return f"{folder} is not a folder"
    reason = exc.strerror or str(exc)
    return f"{folder}: {reason}"
