//! R21: lock at once when the computer goes to sleep or the desktop locks the screen. Listens
//! on D-Bus for logind's `PrepareForSleep` (system bus), the session's `Lock` (system bus)
//! and the screensaver's `ActiveChanged` (session bus, freedesktop and GNOME names); the
//! domain decides which of them lock ([`domain::SessionSignal`]).
//!
//! A missing bus is not an error: the idle lock (autolock) still works without it.

use domain::{LockReason, SessionSignal};
use zbus::blocking::{fdo::DBusProxy, Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

/// Environment variable with a D-Bus address used for both the system and the session bus
/// (tests run a private `dbus-daemon`).
pub const DBUS_ADDRESS_ENV: &str = "CASUSOVERLEG_DBUS_ADDRESS";

/// Which bus to listen on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bus {
    System,
    Session,
}

/// The signals listened for on each bus: (interface, member).
fn rules(bus: Bus) -> &'static [(&'static str, &'static str)] {
    match bus {
        Bus::System => &[
            ("org.freedesktop.login1.Manager", "PrepareForSleep"),
            ("org.freedesktop.login1.Session", "Lock"),
        ],
        Bus::Session => &[
            ("org.freedesktop.ScreenSaver", "ActiveChanged"),
            ("org.gnome.ScreenSaver", "ActiveChanged"),
        ],
    }
}

/// A connection with the match rules in place: signals sent from now on are seen.
#[derive(Debug)]
pub struct Subscription {
    conn: Connection,
}

/// Connects to `bus` (or to `address` when given) and subscribes to its lock signals.
pub fn subscribe(bus: Bus, address: Option<&str>) -> zbus::Result<Subscription> {
    let conn = match (address, bus) {
        (Some(a), _) => zbus::blocking::connection::Builder::address(a)?.build()?,
        (None, Bus::System) => Connection::system()?,
        (None, Bus::Session) => Connection::session()?,
    };
    let proxy = DBusProxy::new(&conn)?;
    for (interface, member) in rules(bus) {
        let rule = MatchRule::builder()
            .msg_type(Type::Signal)
            .interface(*interface)?
            .member(*member)?
            .build();
        proxy.add_match_rule(rule)?;
    }
    Ok(Subscription { conn })
}

/// Translates one D-Bus message into a session signal, if it is one we listen for.
fn session_signal(msg: &zbus::Message) -> Option<SessionSignal> {
    let header = msg.header();
    if header.message_type() != Type::Signal {
        return None;
    }
    let interface = header.interface()?.as_str();
    let member = header.member()?.as_str();
    match (interface, member) {
        ("org.freedesktop.login1.Manager", "PrepareForSleep") => msg
            .body()
            .deserialize::<bool>()
            .ok()
            .map(SessionSignal::PrepareForSleep),
        ("org.freedesktop.login1.Session", "Lock") => Some(SessionSignal::SessionLock),
        ("org.freedesktop.ScreenSaver" | "org.gnome.ScreenSaver", "ActiveChanged") => msg
            .body()
            .deserialize::<bool>()
            .ok()
            .map(SessionSignal::ScreenSaverActive),
        _ => None,
    }
}

impl Subscription {
    /// Calls `on_lock` for every signal that locks, until the bus goes away.
    pub fn run(self, on_lock: impl Fn(LockReason)) {
        for msg in MessageIterator::from(&self.conn) {
            let Ok(msg) = msg else {
                break;
            };
            if let Some(reason) = session_signal(&msg).and_then(SessionSignal::lock_reason) {
                on_lock(reason);
            }
        }
    }
}

/// Listens on the system and the session bus in two background threads. A bus that is not
/// there ends its thread quietly.
pub fn start(address: Option<String>, on_lock: impl Fn(LockReason) + Clone + Send + 'static) {
    for bus in [Bus::System, Bus::Session] {
        let address = address.clone();
        let on_lock = on_lock.clone();
        let _ = std::thread::Builder::new()
            .name("session-watch".into())
            .spawn(move || {
                if let Ok(sub) = subscribe(bus, address.as_deref()) {
                    sub.run(on_lock);
                }
            });
    }
}
