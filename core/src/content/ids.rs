//! Typed references between content records. In the files a record names another by its id, a string; when the
//! case is loaded, every such reference is resolved once into an [`Id`] of the kind it points at (see
//! `resolve.rs`), so no later code looks an id up, falls back on a missing one, or mixes up two kinds of index.
//!
//! - [`Id<K>`]: the position of a record of kind `K` in its list, minted only by the loader (and by the bundled
//!   statics it writes); `list[id]` indexes a list of `K` by it, and [`Table`] walks a list with its ids.
//! - [`Ref<K>`]: a reference as the files hold it, the id written there (kept for links and messages) and the
//!   resolved [`Id`].
//!
//! The kinds themselves, and a step's control (an assumption or a slider), are `types`'s: this module knows no
//! kind of record.

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};

use super::literal::Literal;

/// Text in the content: owned when read from a file, `&'static` when bundled.
pub type Text = Cow<'static, str>;

/// The position of a record of kind `K` in its list.
pub struct Id<K> {
    ix: u16,
    kind: PhantomData<fn() -> K>,
}

/// The sentinel of a reference read from a file and not yet resolved.
const UNRESOLVED: u16 = u16::MAX;

impl<K> Id<K> {
    pub(crate) fn new(index: usize) -> Self {
        let ix = u16::try_from(index)
            .ok()
            .filter(|&i| i != UNRESOLVED)
            .expect("fewer records of a kind than an index holds");
        Id::bundled(ix)
    }

    /// Used by the statics `build.rs` writes from a loaded case; not for hand-written code.
    #[doc(hidden)]
    pub const fn bundled(ix: u16) -> Self {
        Id { ix, kind: PhantomData }
    }

    /// The position in the list.
    pub fn index(self) -> usize {
        self.ix as usize
    }
}

impl<K> Clone for Id<K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K> Copy for Id<K> {}
impl<K> PartialEq for Id<K> {
    fn eq(&self, other: &Self) -> bool {
        self.ix == other.ix
    }
}
impl<K> Eq for Id<K> {}
impl<K> PartialOrd for Id<K> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<K> Ord for Id<K> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.ix.cmp(&other.ix)
    }
}
impl<K> Hash for Id<K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.ix.hash(state);
    }
}
impl<K> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.ix)
    }
}

impl<K> Literal for Id<K> {
    fn literal(&self, out: &mut String) {
        out.push_str(&format!("Id::bundled({})", self.ix));
    }
}

impl<K> Index<Id<K>> for [K] {
    type Output = K;
    fn index(&self, id: Id<K>) -> &K {
        &self[id.index()]
    }
}

impl<K> Index<Id<K>> for Vec<K> {
    type Output = K;
    fn index(&self, id: Id<K>) -> &K {
        &self[id.index()]
    }
}

impl<K> IndexMut<Id<K>> for Vec<K> {
    fn index_mut(&mut self, id: Id<K>) -> &mut K {
        &mut self[id.index()]
    }
}

/// A list of records walked with their ids.
pub trait Table<K> {
    /// Every id of the list, in order.
    fn ids(&self) -> Ids<K>;
    /// Every record with its id, in order.
    fn with_ids<'a>(&'a self) -> impl Iterator<Item = (Id<K>, &'a K)>
    where
        K: 'a;
    /// The id after `id`, if any.
    fn after(&self, id: Id<K>) -> Option<Id<K>>;
    /// The id before `id`, if any.
    fn before(&self, id: Id<K>) -> Option<Id<K>>;
    /// The last id, if the list is not empty.
    fn last_id(&self) -> Option<Id<K>>;
}

impl<K> Table<K> for [K] {
    fn ids(&self) -> Ids<K> {
        Ids::upto(self.len())
    }

    fn with_ids<'a>(&'a self) -> impl Iterator<Item = (Id<K>, &'a K)>
    where
        K: 'a,
    {
        self.iter().enumerate().map(|(i, k)| (Id::new(i), k))
    }

    fn after(&self, id: Id<K>) -> Option<Id<K>> {
        (id.index() + 1 < self.len()).then(|| Id::new(id.index() + 1))
    }

    fn before(&self, id: Id<K>) -> Option<Id<K>> {
        id.index().checked_sub(1).map(Id::new)
    }

    fn last_id(&self) -> Option<Id<K>> {
        self.len().checked_sub(1).map(Id::new)
    }
}

/// The ids of a list, in order.
pub struct Ids<K> {
    next: usize,
    end: usize,
    kind: PhantomData<fn() -> K>,
}

impl<K> Ids<K> {
    pub(crate) fn upto(len: usize) -> Self {
        Ids {
            next: 0,
            end: len,
            kind: PhantomData,
        }
    }
}

impl<K> Clone for Ids<K> {
    fn clone(&self) -> Self {
        Ids {
            next: self.next,
            end: self.end,
            kind: PhantomData,
        }
    }
}

impl<K> Iterator for Ids<K> {
    type Item = Id<K>;
    fn next(&mut self) -> Option<Id<K>> {
        (self.next < self.end).then(|| {
            self.next += 1;
            Id::new(self.next - 1)
        })
    }
}

/// A reference to a record of kind `K`: the id written in the file and, once loaded, the record's [`Id`].
pub struct Ref<K> {
    key: Text,
    id: Id<K>,
}

impl<K> Ref<K> {
    /// Used by the statics `build.rs` writes from a loaded case; not for hand-written code.
    #[doc(hidden)]
    pub const fn bundled(key: &'static str, ix: u16) -> Self {
        Ref {
            key: Cow::Borrowed(key),
            id: Id::bundled(ix),
        }
    }

    /// A reference read from a file, not resolved yet.
    pub(crate) fn unresolved(key: impl Into<Text>) -> Self {
        Ref {
            key: key.into(),
            id: Id::bundled(UNRESOLVED),
        }
    }

    /// The id as the files write it (for links and messages).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The record it points at. Every reference of a loaded case is resolved; only a hand-made, unloaded record
    /// can hold an unresolved one, which is a bug in that code.
    pub fn id(&self) -> Id<K> {
        assert!(
            self.id.ix != UNRESOLVED,
            "the reference `{}` was never resolved: cases come from Case::load",
            self.key
        );
        self.id
    }

    pub(crate) fn set(&mut self, id: Id<K>) {
        self.id = id;
    }
}

impl<K> Clone for Ref<K> {
    fn clone(&self) -> Self {
        Ref {
            key: self.key.clone(),
            id: self.id,
        }
    }
}
impl<K> PartialEq for Ref<K> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key && self.id == other.id
    }
}
impl<K> fmt::Debug for Ref<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{:?}", self.key, self.id)
    }
}

impl<K> Serialize for Ref<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key)
    }
}

impl<'de, K> Deserialize<'de> for Ref<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Ref::unresolved)
    }
}

impl<K> Literal for Ref<K> {
    fn literal(&self, out: &mut String) {
        out.push_str(&format!("Ref::bundled({:?}, {})", self.key.as_ref(), self.id.ix));
    }
}
