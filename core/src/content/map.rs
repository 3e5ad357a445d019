//! [`Map`]: a small ordered map, read from a JSON object and bundled as a static slice of pairs.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::literal::Literal;

/// Keys in file order; look-ups are linear, which is what a handful of entries wants.
#[derive(Clone, Debug, PartialEq)]
pub struct Map<K: Clone + 'static, V: Clone + 'static>(pub Cow<'static, [(K, V)]>);

impl<K: Clone, V: Clone> Default for Map<K, V> {
    fn default() -> Self {
        Map(Cow::Borrowed(&[]))
    }
}

impl<K: Clone + PartialEq, V: Clone> Map<K, V> {
    pub fn get<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.0.iter().find(|(k, _)| k.borrow() == key).map(|(_, v)| v)
    }

    pub fn contains_key<Q: PartialEq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = &(K, V)> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Clone + Serialize, V: Clone + Serialize> Serialize for Map<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, K, V> Deserialize<'de> for Map<K, V>
where
    K: Clone + PartialEq + fmt::Debug + Deserialize<'de> + 'static,
    V: Clone + Deserialize<'de> + 'static,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairsVisitor<K, V>(PhantomData<(K, V)>);

        impl<'de, K, V> Visitor<'de> for PairsVisitor<K, V>
        where
            K: Clone + PartialEq + fmt::Debug + Deserialize<'de> + 'static,
            V: Clone + Deserialize<'de> + 'static,
        {
            type Value = Map<K, V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut pairs: Vec<(K, V)> = Vec::new();
                while let Some((k, v)) = access.next_entry::<K, V>()? {
                    if pairs.iter().any(|(seen, _)| *seen == k) {
                        return Err(serde::de::Error::custom(format!("the key {k:?} appears twice")));
                    }
                    pairs.push((k, v));
                }
                Ok(Map(Cow::Owned(pairs)))
            }
        }

        deserializer.deserialize_map(PairsVisitor(PhantomData))
    }
}

impl<K: Clone + Literal, V: Clone + Literal> Literal for Map<K, V> {
    fn literal(&self, out: &mut String) {
        out.push_str("Map(");
        self.0.literal(out);
        out.push(')');
    }
}
