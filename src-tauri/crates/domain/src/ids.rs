use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new, time-ordered id (UUID v7).
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            /// The id of an existing UUID.
            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }
            /// The UUID inside.
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
            /// The id the UI sent as text, or `error` when it is no UUID: the one place
            /// where an id from the wire is parsed (`error` names what the id should be: a
            /// domain error, or the store's "not found").
            pub fn parse<E>(raw: &str, error: E) -> Result<Self, E> {
                Uuid::parse_str(raw).map(Self).map_err(|_| error)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        // On the wire and in the UI's TypeScript an id is a plain string.
        #[cfg(feature = "ts")]
        ts_as!($name => String);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// Identifies one casusoverleg.
    MeetingId
);
id_type!(
    /// Identifies one professional at the table, within one meeting.
    ParticipantId
);
id_type!(
    /// Identifies one family member (betrokkene) of a meeting.
    SubjectId
);
id_type!(
    /// Identifies one item (inbreng) brought into a meeting.
    ItemId
);
id_type!(
    /// Identifies one action (afspraak) of the plan of action (R11).
    ActionId
);
id_type!(
    /// Identifies one agreement on informing the family (R12).
    NotificationId
);
id_type!(
    /// Identifies one action carried over from the previous meeting of the same case.
    CarriedActionId
);
id_type!(
    /// Identifies one view, wish or objection of a family member (issue 17 point 1).
    VoiceId
);
id_type!(
    /// Identifies one data breach in the breach register (R20).
    BreachId
);
id_type!(
    /// Identifies one legal basis the chair added for an organisation type (R7b).
    CustomBasisId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuid_v7_and_time_ordered() {
        let a = MeetingId::new();
        let b = MeetingId::new();
        assert_eq!(a.as_uuid().get_version_num(), 7);
        assert!(a <= b);
        assert_ne!(a, b);
    }

    #[cfg(feature = "ts")]
    #[test]
    fn ids_are_plain_strings_on_the_wire_and_in_typescript() {
        use ts_rs::TS;
        let id = SubjectId::new();
        assert_eq!(
            serde_json::to_value(id).unwrap(),
            serde_json::Value::String(id.to_string())
        );
        assert_eq!(SubjectId::name(&ts_rs::Config::default()), "string");
    }
}

id_type!(
    /// An organisation in the chair's address book.
    AddressBookId
);

id_type!(
    /// Identifies one decision (besluit) of a meeting, with its reason (R11, seed 002).
    DecisionId
);
id_type!(
    /// Identifies one recorded dissent (verschil van inzicht) with a decision (seed 002).
    DissentId
);
