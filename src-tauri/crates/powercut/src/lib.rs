//! Simulated power cuts under the store (R21; docs/engineering.md §5).
//!
//! `kill -9` only ends the process: everything it wrote is still in the kernel's page cache
//! and reaches the disk, so it cannot tell `synchronous=OFF` from `FULL`. A power cut also
//! loses what the kernel had not yet written. This crate models that with a small FUSE
//! file system held in memory ([`PowerCutFs`]):
//!
//! - every `write`/`truncate` goes to a volatile layer; `fsync`/`fdatasync` of a file
//!   makes that file's current content durable (the disk's cache is flushed);
//! - directory entries (create, link, unlink, rename) are durable at once (an ordered
//!   metadata journal, as ext4 `data=ordered` gives);
//! - every operation is recorded in order ([`Op`]), so a power cut after any operation
//!   `k` can be replayed afterwards ([`durable_image`]): the durable layer as it stood
//!   after the first `k` operations, optionally with a torn write ([`Tear`]).
//!
//! Replaying a recorded run is the same as cutting the power at that moment: nothing the
//! process did after operation `k` can change what was on the disk at `k`. So one run of a
//! workload gives many cuts; a change counts as committed when the call that made it
//! returned `Ok` before operation `k` ([`Recorder::ops`] read right after the call).
//!
//! The file system runs on a background thread of the test process (`fuser`, safe Rust,
//! `mount(2)` directly, so it needs root and `/dev/fuse`; [`mount`] says so when missing).

use fuser::{
    BackgroundSession, Config, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags,
    Generation, INodeNo, LockOwner, MountOption, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate,
    ReplyData, ReplyDirectory, ReplyEmpty, ReplyEntry, ReplyOpen, ReplyStatfs, ReplyWrite, Request,
    TimeOrNow, WriteFlags,
};
use std::collections::{BTreeMap, HashMap};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A disk writes whole sectors: a torn write keeps a prefix of whole 512-byte sectors
/// (SQLite's default "powersafe overwrite" assumes no more than that).
pub const SECTOR: u64 = 512;

/// The root directory's inode number (FUSE's convention).
const ROOT: u64 = 1;

/// No attribute or entry caching in the kernel: every size it reports is ours.
const TTL: Duration = Duration::ZERO;

/// One operation on the file system, in the order the kernel sent it.
#[derive(Debug, Clone)]
pub enum Op {
    /// Data written to a file (volatile until [`Op::Sync`] of that file).
    Write {
        ino: u64,
        offset: u64,
        data: Vec<u8>,
    },
    /// A file's length set (volatile until [`Op::Sync`]).
    Truncate { ino: u64, size: u64 },
    /// `fsync`/`fdatasync`: the file's current content becomes durable.
    Sync { ino: u64 },
    /// A new, empty file or directory under `parent` (durable at once).
    Create {
        parent: u64,
        name: OsString,
        ino: u64,
        dir: bool,
    },
    /// A second name for an existing file (hard link).
    Link {
        parent: u64,
        name: OsString,
        ino: u64,
    },
    /// A name removed.
    Unlink { parent: u64, name: OsString },
    /// A name moved (replacing what was at the new name).
    Rename {
        parent: u64,
        name: OsString,
        new_parent: u64,
        new_name: OsString,
    },
}

impl Op {
    /// Whether the operation changes what is (or may become) on the disk.
    pub fn is_write(&self) -> bool {
        matches!(self, Op::Write { .. } | Op::Truncate { .. })
    }
}

#[derive(Debug, Default)]
struct Node {
    dir: bool,
    data: Vec<u8>,
    children: BTreeMap<OsString, u64>,
    nlink: u32,
    mode: u16,
    uid: u32,
    gid: u32,
}

#[derive(Debug)]
struct State {
    nodes: HashMap<u64, Node>,
    next_ino: u64,
    trace: Vec<Op>,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The test's handle on the recording: how far it is, and a copy of it.
#[derive(Debug, Clone)]
pub struct Recorder(Arc<Mutex<State>>);

impl Recorder {
    /// The number of operations recorded so far. Read right after a call returned `Ok`:
    /// a power cut after at least this many operations must keep that call's change.
    pub fn ops(&self) -> usize {
        lock(&self.0).trace.len()
    }

    /// A copy of every operation recorded so far.
    pub fn trace(&self) -> Vec<Op> {
        lock(&self.0).trace.clone()
    }
}

/// The in-memory FUSE file system that records every operation.
#[derive(Debug)]
pub struct PowerCutFs(Arc<Mutex<State>>);

impl PowerCutFs {
    /// An empty file system whose root belongs to `uid`/`gid`.
    pub fn new(uid: u32, gid: u32) -> (Self, Recorder) {
        let mut nodes = HashMap::new();
        nodes.insert(
            ROOT,
            Node {
                dir: true,
                nlink: 2,
                mode: 0o700,
                uid,
                gid,
                ..Node::default()
            },
        );
        let state = Arc::new(Mutex::new(State {
            nodes,
            next_ino: ROOT + 1,
            trace: Vec::new(),
        }));
        (Self(Arc::clone(&state)), Recorder(state))
    }

    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.0)
    }
}

fn attr(ino: u64, node: &Node) -> FileAttr {
    let size = if node.dir {
        4096
    } else {
        node.data.len() as u64
    };
    FileAttr {
        ino: INodeNo(ino),
        size,
        blocks: size.div_ceil(512),
        atime: UNIX_EPOCH,
        mtime: UNIX_EPOCH,
        ctime: UNIX_EPOCH,
        crtime: UNIX_EPOCH,
        kind: if node.dir {
            FileType::Directory
        } else {
            FileType::RegularFile
        },
        perm: node.mode,
        nlink: node.nlink,
        uid: node.uid,
        gid: node.gid,
        rdev: 0,
        blksize: 4096,
        flags: 0,
    }
}

/// Writes `data` at `offset` into `buf`, growing it with zeros when needed.
fn write_at(buf: &mut Vec<u8>, offset: u64, data: &[u8]) {
    let start = usize::try_from(offset).unwrap_or(usize::MAX);
    let end = start.saturating_add(data.len());
    if buf.len() < end {
        buf.resize(end, 0);
    }
    if let Some(dst) = buf.get_mut(start..end) {
        dst.copy_from_slice(data);
    }
}

fn set_len(buf: &mut Vec<u8>, size: u64) {
    buf.resize(usize::try_from(size).unwrap_or(usize::MAX), 0);
}

impl State {
    fn child(&self, parent: u64, name: &OsStr) -> Option<u64> {
        self.nodes.get(&parent)?.children.get(name).copied()
    }

    /// Makes a new file or directory; `None` if the name is taken or the parent is gone.
    fn make(
        &mut self,
        req: &Request,
        parent: u64,
        name: &OsStr,
        mode: u32,
        dir: bool,
    ) -> Result<(u64, FileAttr), Errno> {
        if !self.nodes.get(&parent).is_some_and(|p| p.dir) {
            return Err(Errno::ENOENT);
        }
        if self.child(parent, name).is_some() {
            return Err(Errno::EEXIST);
        }
        let ino = self.next_ino;
        self.next_ino += 1;
        let node = Node {
            dir,
            nlink: if dir { 2 } else { 1 },
            mode: u16::try_from(mode & 0o7777).unwrap_or(0o600),
            uid: req.uid(),
            gid: req.gid(),
            ..Node::default()
        };
        let a = attr(ino, &node);
        self.nodes.insert(ino, node);
        if let Some(p) = self.nodes.get_mut(&parent) {
            p.children.insert(name.to_owned(), ino);
        }
        self.trace.push(Op::Create {
            parent,
            name: name.to_owned(),
            ino,
            dir,
        });
        Ok((ino, a))
    }

    fn remove(&mut self, parent: u64, name: &OsStr, want_dir: bool) -> Result<(), Errno> {
        let ino = self.child(parent, name).ok_or(Errno::ENOENT)?;
        let node = self.nodes.get(&ino).ok_or(Errno::ENOENT)?;
        if node.dir != want_dir {
            return Err(if want_dir {
                Errno::ENOTDIR
            } else {
                Errno::EISDIR
            });
        }
        if want_dir && !node.children.is_empty() {
            return Err(Errno::ENOTEMPTY);
        }
        if let Some(p) = self.nodes.get_mut(&parent) {
            p.children.remove(name);
        }
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.nlink = n.nlink.saturating_sub(1);
        }
        self.trace.push(Op::Unlink {
            parent,
            name: name.to_owned(),
        });
        Ok(())
    }
}

impl Filesystem for PowerCutFs {
    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        let s = self.state();
        match s
            .child(parent.0, name)
            .and_then(|ino| s.nodes.get(&ino).map(|n| attr(ino, n)))
        {
            Some(a) => reply.entry(&TTL, &a, Generation(0)),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        let s = self.state();
        match s.nodes.get(&ino.0) {
            Some(n) => reply.attr(&TTL, &attr(ino.0, n)),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<TimeOrNow>,
        _mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        _fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        let mut s = self.state();
        let Some(node) = s.nodes.get_mut(&ino.0) else {
            return reply.error(Errno::ENOENT);
        };
        if let Some(mode) = mode {
            node.mode = u16::try_from(mode & 0o7777).unwrap_or(node.mode);
        }
        if let Some(size) = size {
            set_len(&mut node.data, size);
        }
        let a = attr(ino.0, node);
        if let Some(size) = size {
            s.trace.push(Op::Truncate { ino: ino.0, size });
        }
        reply.attr(&TTL, &a);
    }

    fn mknod(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        _rdev: u32,
        reply: ReplyEntry,
    ) {
        match self.state().make(req, parent.0, name, mode, false) {
            Ok((_, a)) => reply.entry(&TTL, &a, Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn mkdir(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        reply: ReplyEntry,
    ) {
        match self.state().make(req, parent.0, name, mode, true) {
            Ok((_, a)) => reply.entry(&TTL, &a, Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn create(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        _flags: i32,
        reply: ReplyCreate,
    ) {
        match self.state().make(req, parent.0, name, mode, false) {
            Ok((_, a)) => {
                reply.created(&TTL, &a, Generation(0), FileHandle(0), FopenFlags::empty())
            }
            Err(e) => reply.error(e),
        }
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.state().remove(parent.0, name, false) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn rmdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.state().remove(parent.0, name, true) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn rename(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        flags: RenameFlags,
        reply: ReplyEmpty,
    ) {
        let mut s = self.state();
        let Some(ino) = s.child(parent.0, name) else {
            return reply.error(Errno::ENOENT);
        };
        if !s.nodes.get(&newparent.0).is_some_and(|p| p.dir) {
            return reply.error(Errno::ENOENT);
        }
        if let Some(old) = s.child(newparent.0, newname) {
            if !flags.is_empty() {
                // RENAME_NOREPLACE / RENAME_EXCHANGE: only the first is meaningful here.
                return reply.error(Errno::EEXIST);
            }
            if let Some(n) = s.nodes.get_mut(&old) {
                n.nlink = n.nlink.saturating_sub(1);
            }
        }
        if let Some(p) = s.nodes.get_mut(&parent.0) {
            p.children.remove(name);
        }
        if let Some(p) = s.nodes.get_mut(&newparent.0) {
            p.children.insert(newname.to_owned(), ino);
        }
        s.trace.push(Op::Rename {
            parent: parent.0,
            name: name.to_owned(),
            new_parent: newparent.0,
            new_name: newname.to_owned(),
        });
        reply.ok();
    }

    fn link(
        &self,
        _req: &Request,
        ino: INodeNo,
        newparent: INodeNo,
        newname: &OsStr,
        reply: ReplyEntry,
    ) {
        let mut s = self.state();
        if s.child(newparent.0, newname).is_some() {
            return reply.error(Errno::EEXIST);
        }
        if !s.nodes.get(&newparent.0).is_some_and(|p| p.dir) {
            return reply.error(Errno::ENOENT);
        }
        let Some(node) = s.nodes.get_mut(&ino.0) else {
            return reply.error(Errno::ENOENT);
        };
        if node.dir {
            return reply.error(Errno::EPERM);
        }
        node.nlink += 1;
        let a = attr(ino.0, node);
        if let Some(p) = s.nodes.get_mut(&newparent.0) {
            p.children.insert(newname.to_owned(), ino.0);
        }
        s.trace.push(Op::Link {
            parent: newparent.0,
            name: newname.to_owned(),
            ino: ino.0,
        });
        reply.entry(&TTL, &a, Generation(0));
    }

    fn open(&self, _req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        if self.state().nodes.contains_key(&ino.0) {
            reply.opened(FileHandle(0), FopenFlags::empty());
        } else {
            reply.error(Errno::ENOENT);
        }
    }

    fn read(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyData,
    ) {
        let s = self.state();
        let Some(node) = s.nodes.get(&ino.0) else {
            return reply.error(Errno::ENOENT);
        };
        let len = node.data.len();
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(len);
        let end = start.saturating_add(size as usize).min(len);
        reply.data(node.data.get(start..end).unwrap_or(&[]));
    }

    fn write(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        data: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        let mut s = self.state();
        let Some(node) = s.nodes.get_mut(&ino.0) else {
            return reply.error(Errno::ENOENT);
        };
        write_at(&mut node.data, offset, data);
        s.trace.push(Op::Write {
            ino: ino.0,
            offset,
            data: data.to_vec(),
        });
        reply.written(u32::try_from(data.len()).unwrap_or(u32::MAX));
    }

    fn flush(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _lock_owner: LockOwner,
        reply: ReplyEmpty,
    ) {
        // close(2) does not make anything durable.
        reply.ok();
    }

    fn fsync(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let mut s = self.state();
        if s.nodes.contains_key(&ino.0) {
            s.trace.push(Op::Sync { ino: ino.0 });
            reply.ok();
        } else {
            reply.error(Errno::ENOENT);
        }
    }

    fn readdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        mut reply: ReplyDirectory,
    ) {
        let s = self.state();
        let Some(dir) = s.nodes.get(&ino.0) else {
            return reply.error(Errno::ENOENT);
        };
        let mut entries: Vec<(u64, FileType, OsString)> = vec![
            (ino.0, FileType::Directory, ".".into()),
            (ino.0, FileType::Directory, "..".into()),
        ];
        for (name, child) in &dir.children {
            let kind = match s.nodes.get(child) {
                Some(n) if n.dir => FileType::Directory,
                _ => FileType::RegularFile,
            };
            entries.push((*child, kind, name.clone()));
        }
        for (i, (child, kind, name)) in entries
            .iter()
            .enumerate()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        {
            if reply.add(INodeNo(*child), i as u64 + 1, *kind, name) {
                break;
            }
        }
        reply.ok();
    }

    fn fsyncdir(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        // Directory entries are durable at once in this model.
        reply.ok();
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        reply.statfs(1 << 20, 1 << 19, 1 << 19, 1 << 16, 1 << 15, 4096, 255, 4096);
    }
}

/// A mounted [`PowerCutFs`]; unmounts when dropped.
#[derive(Debug)]
pub struct Mounted {
    session: Option<BackgroundSession>,
    /// The mount point: the store's data directory goes under it.
    pub dir: PathBuf,
    /// The recording of everything written under `dir`.
    pub recorder: Recorder,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(session) = self.session.take() {
            let _ = session.umount_and_join();
        }
    }
}

/// Mounts a fresh [`PowerCutFs`] on the (empty) directory `mountpoint`. Needs root (or
/// `CAP_SYS_ADMIN`) and `/dev/fuse`; the error says which is missing.
pub fn mount(mountpoint: &Path) -> Result<Mounted, String> {
    use std::os::unix::fs::MetadataExt;
    if let Err(e) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/fuse")
    {
        return Err(format!(
            "the power-cut harness needs /dev/fuse (read/write) and root rights to mount a \
             FUSE file system; /dev/fuse: {e}"
        ));
    }
    let meta = std::fs::metadata(mountpoint).map_err(|e| format!("mount point: {e}"))?;
    let (fs, recorder) = PowerCutFs::new(meta.uid(), meta.gid());
    let mut config = Config::default();
    config.mount_options = vec![MountOption::FSName("powercut".into())];
    let session = fuser::spawn_mount(fs, mountpoint, &config).map_err(|e| {
        format!(
            "mounting the power-cut FUSE file system failed ({e}); it needs root rights \
             (mount(2)) and /dev/fuse"
        )
    })?;
    Ok(Mounted {
        session: Some(session),
        dir: mountpoint.to_path_buf(),
        recorder,
    })
}

/// What happens to the writes that were not yet durable when the power goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tear {
    /// All of them are lost.
    DropAll,
    /// All are lost, but the write in flight at the cut (operation `k`, if a write)
    /// reached the disk for a prefix of whole sectors.
    InFlight(u64),
    /// The disk's cache had already written some of them, in any order: each pending
    /// write or truncate independently survives whole, as a sector prefix, or not at all.
    Reorder(u64),
}

/// xorshift64*: reproducible from its seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (0 is mapped to a fixed non-zero state).
    pub fn new(seed: u64) -> Self {
        Self(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

/// The sector-aligned prefix of a write that reached the disk: `sectors` whole sectors
/// counted from the write's start (the first may be partial if the write is unaligned).
fn torn_prefix(offset: u64, data: &[u8], rng: &mut Rng) -> usize {
    let end = offset + data.len() as u64;
    let first_boundary = (offset / SECTOR + 1) * SECTOR;
    let mut cuts = vec![0usize];
    let mut b = first_boundary;
    while b < end {
        cuts.push(usize::try_from(b - offset).unwrap_or(0));
        b += SECTOR;
    }
    cuts.push(data.len());
    let pick = usize::try_from(rng.below(cuts.len() as u64)).unwrap_or(0);
    cuts.get(pick).copied().unwrap_or(0)
}

/// The files on the disk after a power cut: relative path → bytes.
#[derive(Debug, Default, Clone)]
pub struct Image {
    /// Every regular file reachable from the root, with its durable content.
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    /// Directories (relative paths), so empty ones are recreated too.
    pub dirs: Vec<PathBuf>,
}

impl Image {
    /// Writes the image into `dir` (an ordinary directory), leaving out files for which
    /// `skip` answers true.
    pub fn write_to(&self, dir: &Path, skip: impl Fn(&Path) -> bool) -> std::io::Result<()> {
        for d in &self.dirs {
            std::fs::create_dir_all(dir.join(d))?;
        }
        for (path, bytes) in &self.files {
            if !skip(path) {
                std::fs::write(dir.join(path), bytes)?;
            }
        }
        Ok(())
    }
}

/// Replays the first `cut` operations of `trace` and returns what is durable: the disk
/// as the next boot finds it after a power cut right after operation `cut`.
pub fn durable_image(trace: &[Op], cut: usize, tear: Tear) -> Image {
    let mut ns: HashMap<u64, BTreeMap<OsString, u64>> = HashMap::new();
    ns.insert(ROOT, BTreeMap::new());
    let mut volatile: HashMap<u64, Vec<u8>> = HashMap::new();
    let mut durable: HashMap<u64, Vec<u8>> = HashMap::new();
    // Per file: the operations since its last sync (indexes into `trace`).
    let mut pending: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, op) in trace.iter().enumerate().take(cut) {
        match op {
            Op::Write { ino, offset, data } => {
                write_at(volatile.entry(*ino).or_default(), *offset, data);
                pending.entry(*ino).or_default().push(i);
            }
            Op::Truncate { ino, size } => {
                set_len(volatile.entry(*ino).or_default(), *size);
                pending.entry(*ino).or_default().push(i);
            }
            Op::Sync { ino } => {
                durable.insert(*ino, volatile.get(ino).cloned().unwrap_or_default());
                pending.remove(ino);
            }
            Op::Create {
                parent,
                name,
                ino,
                dir,
            } => {
                if *dir {
                    ns.insert(*ino, BTreeMap::new());
                } else {
                    volatile.insert(*ino, Vec::new());
                    durable.insert(*ino, Vec::new());
                }
                ns.entry(*parent).or_default().insert(name.clone(), *ino);
            }
            Op::Link { parent, name, ino } => {
                ns.entry(*parent).or_default().insert(name.clone(), *ino);
            }
            Op::Unlink { parent, name } => {
                if let Some(d) = ns.get_mut(parent) {
                    d.remove(name);
                }
            }
            Op::Rename {
                parent,
                name,
                new_parent,
                new_name,
            } => {
                if let Some(ino) = ns.get_mut(parent).and_then(|d| d.remove(name)) {
                    ns.entry(*new_parent)
                        .or_default()
                        .insert(new_name.clone(), ino);
                }
            }
        }
    }
    match tear {
        Tear::DropAll => {}
        Tear::InFlight(seed) => {
            if let Some(Op::Write { ino, offset, data }) = trace.get(cut) {
                let mut rng = Rng::new(seed);
                let keep = torn_prefix(*offset, data, &mut rng);
                if let (Some(buf), Some(part)) = (durable.get_mut(ino), data.get(..keep)) {
                    write_at(buf, *offset, part);
                }
            }
        }
        Tear::Reorder(seed) => {
            let mut rng = Rng::new(seed);
            let mut inos: Vec<u64> = pending.keys().copied().collect();
            inos.sort_unstable();
            for ino in inos {
                for &i in pending.get(&ino).map(Vec::as_slice).unwrap_or(&[]) {
                    let Some(buf) = durable.get_mut(&ino) else {
                        continue;
                    };
                    match (trace.get(i), rng.below(3)) {
                        (_, 0) => {}
                        (Some(Op::Write { offset, data, .. }), 1) => write_at(buf, *offset, data),
                        (Some(Op::Write { offset, data, .. }), _) => {
                            let keep = torn_prefix(*offset, data, &mut rng);
                            write_at(buf, *offset, data.get(..keep).unwrap_or(&[]));
                        }
                        (Some(Op::Truncate { size, .. }), _) => set_len(buf, *size),
                        _ => {}
                    }
                }
            }
        }
    }
    let mut image = Image::default();
    let mut stack = vec![(ROOT, PathBuf::new())];
    while let Some((dir, path)) = stack.pop() {
        for (name, ino) in ns.get(&dir).into_iter().flatten() {
            let p = path.join(name);
            if ns.contains_key(ino) {
                image.dirs.push(p.clone());
                stack.push((*ino, p));
            } else {
                image
                    .files
                    .insert(p, durable.get(ino).cloned().unwrap_or_default());
            }
        }
    }
    image
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(ino: u64, offset: u64, data: &[u8]) -> Op {
        Op::Write {
            ino,
            offset,
            data: data.to_vec(),
        }
    }

    fn create(name: &str, ino: u64) -> Op {
        Op::Create {
            parent: ROOT,
            name: name.into(),
            ino,
            dir: false,
        }
    }

    #[test]
    fn only_synced_writes_survive() {
        let trace = vec![
            create("a", 2),
            w(2, 0, b"one"),
            Op::Sync { ino: 2 },
            w(2, 0, b"two"),
        ];
        let get = |cut| durable_image(&trace, cut, Tear::DropAll).files[Path::new("a")].clone();
        assert_eq!(get(2), b"");
        assert_eq!(get(3), b"one");
        assert_eq!(get(4), b"one");
    }

    #[test]
    fn torn_write_keeps_whole_sectors_only() {
        let data = vec![7u8; 3 * SECTOR as usize];
        let trace = vec![create("a", 2), Op::Sync { ino: 2 }, w(2, 0, &data)];
        for seed in 1..50 {
            let img = durable_image(&trace, 2, Tear::InFlight(seed));
            let len = img.files[Path::new("a")].len() as u64;
            assert_eq!(len % SECTOR, 0, "seed {seed}");
        }
    }

    #[test]
    fn names_are_durable_at_once_and_follow_links() {
        let trace = vec![
            create("a.part", 2),
            w(2, 0, b"copy"),
            Op::Sync { ino: 2 },
            Op::Link {
                parent: ROOT,
                name: "a".into(),
                ino: 2,
            },
            Op::Unlink {
                parent: ROOT,
                name: "a.part".into(),
            },
        ];
        let img = durable_image(&trace, 5, Tear::DropAll);
        assert_eq!(img.files.len(), 1);
        assert_eq!(img.files[Path::new("a")], b"copy");
    }
}
