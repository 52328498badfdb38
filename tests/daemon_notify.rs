//! Desktop notifications go over a real D-Bus session bus (a private dbus-daemon, watched
//! with dbus-monitor) and say only that a draft is ready, never any memo or note text.

mod common;
mod daemon_common;

use daemon_common::*;
use std::fs;

#[test]
fn a_draft_is_announced_over_dbus_without_any_note_text() {
    let mut env = Env::new("[notify]\ndesktop = true\n");
    let (address, bus) = private_bus(env.root.path());
    env.dbus = Some(address);
    env.start();
    fs::write(
        env.dir("incoming/memo.txt"),
        "Client described the zebrafinch incident at work. Practised paced breathing.",
    )
    .unwrap();
    env.wait_drafts(1, 600);
    let seen = wait_for(20, "the Notify call on the bus", || {
        let t = fs::read_to_string(&bus.out).unwrap_or_default();
        t.contains("member=Notify").then_some(t)
    });
    assert!(seen.contains("New SOAP draft ready"), "{seen}");
    assert!(
        !seen.contains("zebrafinch") && !seen.contains("breathing"),
        "{seen}"
    );
    // No notification server on this bus: the failure is quiet and the daemon goes on.
    assert_eq!(env.status()["queue"], 0);
    assert!(env.stop().success());
}
