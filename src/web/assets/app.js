// hushnote review page. Plain script, no build step; served by the daemon (CSP: 'self' only).
"use strict";
(function () {
  const $ = (s, el) => (el || document).querySelector(s);
  const $$ = (s, el) => Array.from((el || document).querySelectorAll(s));
  const csrf = $('meta[name="csrf-token"]').content;
  const body = document.body;
  const page = body.dataset.page;

  async function api(path, data) {
    const r = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(data || {}),
    });
    let j = {};
    try { j = await r.json(); } catch (e) { j = { message: "unexpected answer (" + r.status + ")" }; }
    j.status = r.status;
    if (!r.ok) j.ok = false;
    return j;
  }

  function say(msg, el) {
    const t = el || $("#draft-msg") || $("#rec-status");
    if (t) t.textContent = msg;
  }

  // ---- recorder ------------------------------------------------------------------------
  const recBtn = $("#record");
  const level = $("#level");
  const elapsed = $("#elapsed");
  const recStatus = $("#rec-status");
  const countEl = $("#draft-count");
  let recording = false;
  let lastDrafts = body.dataset.drafts ? Number(body.dataset.drafts) : null;
  let busy = false;

  function fmtTime(s) {
    s = Math.floor(s || 0);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  async function poll() {
    let s;
    try {
      const r = await fetch("/api/status", { credentials: "same-origin" });
      if (r.status === 401) { recStatus.textContent = "Signed out: run `hushnote open`."; return; }
      s = await r.json();
    } catch (e) {
      recStatus.textContent = "The daemon is not answering.";
      return setTimeout(poll, 3000);
    }
    recording = !!s.recording;
    body.classList.toggle("recording", recording);
    recBtn.textContent = recording ? "■ Stop" : "● Record";
    recBtn.setAttribute("aria-pressed", String(recording));
    if (recording && s.capture) {
      level.value = Math.max(-60, Math.min(0, s.capture.level_dbfs));
      elapsed.textContent = fmtTime(s.capture.elapsed_s);
      recStatus.textContent = s.capture.speech_started
        ? "Recording " + s.capture.format + "; stops by itself after a pause."
        : "Listening… start speaking.";
    } else {
      level.value = -60;
      if (s.job) recStatus.textContent = "Memo " + s.job.stage + "…";
      else if (s.queue > 0) recStatus.textContent = s.queue + " memo(s) waiting.";
      else if (!s.mic.available) recStatus.textContent = "No microphone: " + (s.mic.reason || "none found") + ". Dropped files still work.";
      else if (s.notice) recStatus.textContent = s.notice;
      else if (!busy) recStatus.textContent = "";
    }
    if (countEl) countEl.textContent = s.drafts ? "(" + s.drafts + ")" : "";
    if (lastDrafts !== null && s.drafts !== lastDrafts && page === "inbox" && !busy) {
      location.reload();
      return;
    }
    if (lastDrafts !== null && s.drafts > lastDrafts && page !== "inbox") recStatus.textContent = "A new draft is ready in the inbox.";
    lastDrafts = s.drafts;
    setTimeout(poll, recording || s.job || s.queue > 0 ? 400 : 2000);
  }

  async function toggleRecord() {
    busy = true;
    recBtn.disabled = true;
    const r = recording ? await api("/api/stop") : await api("/api/record", { format: $("#format").value });
    recBtn.disabled = false;
    recStatus.textContent = r.message || "";
    busy = false;
  }
  recBtn.addEventListener("click", toggleRecord);
  poll();

  // ---- inbox ---------------------------------------------------------------------------
  $$("button.retry").forEach((b) =>
    b.addEventListener("click", async () => {
      b.disabled = true;
      const r = await api("/api/retry", { file: b.dataset.file });
      recStatus.textContent = r.message || "";
      if (r.ok) b.closest("li").remove();
      else b.disabled = false;
    })
  );

  // ---- draft view ------------------------------------------------------------------------
  let hash = body.dataset.hash;
  const draftId = body.dataset.draft;
  let editing = 0;

  function highlight(ids, on) {
    ids.forEach((id) => { const c = document.getElementById("memo-" + id); if (c) c.classList.toggle("hl", on); });
  }
  $$(".s[data-memo]").forEach((s) => {
    const ids = s.dataset.memo.split(" ");
    const on = () => { s.classList.add("hl"); highlight(ids, true); };
    const off = () => { s.classList.remove("hl"); highlight(ids, false); };
    s.addEventListener("mouseenter", on); s.addEventListener("focus", on);
    s.addEventListener("mouseleave", off); s.addEventListener("blur", off);
  });
  $$(".c[data-clause]").forEach((c) => {
    const id = c.dataset.clause;
    const mine = $$(".s[data-memo]").filter((s) => s.dataset.memo.split(" ").includes(id));
    const on = () => { c.classList.add("hl"); mine.forEach((s) => s.classList.add("hl")); };
    const off = () => { c.classList.remove("hl"); mine.forEach((s) => s.classList.remove("hl")); };
    c.addEventListener("mouseenter", on); c.addEventListener("focus", on);
    c.addEventListener("mouseleave", off); c.addEventListener("blur", off);
  });

  $$("section.sec").forEach((sec) => {
    const form = $("form.editor", sec);
    const view = $(".sentences", sec);
    const ta = $("textarea", form);
    const original = ta.value;
    const open = () => { form.hidden = false; view.hidden = true; editing++; ta.focus(); };
    const close = () => { form.hidden = true; view.hidden = false; editing = Math.max(0, editing - 1); };
    $("button.edit", sec).addEventListener("click", open);
    $("button.cancel", form).addEventListener("click", () => { ta.value = original; close(); });
    ta.addEventListener("keydown", (e) => { if (e.key === "Escape") { ta.value = original; close(); } });
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const r = await api("/api/draft/" + encodeURIComponent(draftId) + "/section", {
        section: sec.dataset.section, lines: ta.value.split("\n"), hash: hash,
      });
      if (r.ok) { hash = r.hash; editing = 0; location.reload(); }
      else if (r.status === 409) { say(r.message + " Copy your text if you need it; reloading in 5 s."); setTimeout(() => location.reload(), 5000); }
      else say(r.message);
    });
  });

  // A draft changed on disk (the note app, `hushnote sign`) is reloaded, never overwritten.
  if (page === "draft") {
    setInterval(async () => {
      const r = await fetch("/api/draft/" + encodeURIComponent(draftId) + "/hash", { credentials: "same-origin" });
      if (r.status === 404) { say("This draft is no longer in the inbox (signed or discarded elsewhere)."); return; }
      const j = await r.json();
      if (j.hash && j.hash !== hash) {
        if (editing) say("This draft changed on disk; saving will be refused. Copy your text, then reload.");
        else location.reload();
      }
    }, 2000);
  }

  const ack = $("#ack-risk");
  const signBtn = $("#sign");
  async function sign() {
    if (body.dataset.risk === "true" && !(ack && ack.checked)) {
      say("This draft has risk findings: read them, tick “I have reviewed the risk statements”, then sign.");
      if (ack) ack.focus();
      return;
    }
    if (editing) { say("Save or cancel your edit first."); return; }
    signBtn.disabled = true;
    const r = await api("/api/draft/" + encodeURIComponent(draftId) + "/sign", { ack_risk: !!(ack && ack.checked), hash: hash });
    signBtn.disabled = false;
    if (r.ok) location.href = r.url;
    else say(r.message);
  }
  if (signBtn) signBtn.addEventListener("click", sign);

  const copyBtn = $("#copy-text");
  if (copyBtn) copyBtn.addEventListener("click", async () => {
    const r = await fetch("/draft/" + encodeURIComponent(draftId) + "/txt", { credentials: "same-origin" });
    const t = await r.text();
    if (!r.ok) { say("Could not make the text."); return; }
    try { await navigator.clipboard.writeText(t); say("Copied as plain text."); }
    catch (e) { say("The browser refused the clipboard; use Export text instead."); }
  });

  const discardBtn = $("#discard");
  if (discardBtn) discardBtn.addEventListener("click", async () => {
    if (!confirm("Discard this draft and its memo transcript? This cannot be undone.")) return;
    const r = await api("/api/draft/" + encodeURIComponent(draftId) + "/discard");
    if (r.ok) location.href = "/"; else say(r.message);
  });

  // ---- signed note ---------------------------------------------------------------------------
  const amend = $("#amend");
  if (amend) amend.addEventListener("submit", async (e) => {
    e.preventDefault();
    const r = await api("/api/note/" + encodeURIComponent(amend.dataset.note) + "/amend", { text: $("textarea", amend).value });
    if (r.ok) location.href = r.url; else say(r.message);
  });

  // ---- keyboard ------------------------------------------------------------------------------
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT" || t.isContentEditable)) return;
    if (e.key === "r") { e.preventDefault(); toggleRecord(); }
    else if (e.key === "n" && body.dataset.next) { location.href = body.dataset.next; }
    else if (e.key === "s" && signBtn) { e.preventDefault(); sign(); }
  });
})();
