// factcheck desk: the only script of the pages (no inline script: the CSP forbids it).
// It reads data-* attributes and writes text with textContent, never markup.
"use strict";

function showPanel(line) {
  document.querySelectorAll(".panel").forEach((p) => { p.hidden = true; });
  document.querySelectorAll(".claimline.selected").forEach((l) => l.classList.remove("selected"));
  const panel = document.getElementById("panel-" + line);
  const row = document.getElementById("draft-line-" + line);
  const hint = document.getElementById("panel-hint");
  if (panel) { panel.hidden = false; }
  if (row) { row.classList.add("selected"); }
  if (hint) { hint.hidden = true; }
}

function setupReview() {
  document.querySelectorAll(".claimline").forEach((row) => {
    const open = () => showPanel(row.dataset.line);
    row.addEventListener("click", open);
    row.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
  });
  const only = document.getElementById("only-contradicted");
  if (only) {
    only.addEventListener("change", () => {
      document.querySelectorAll("#draft > li").forEach((li) => {
        li.hidden = only.checked && li.dataset.status !== "contradicted";
      });
    });
  }
}

function setupJob() {
  const box = document.getElementById("job");
  if (!box) { return; }
  const id = box.dataset.job;
  const bar = document.getElementById("job-progress");
  const status = document.getElementById("job-status");
  async function poll() {
    try {
      const r = await fetch("/api/jobs/" + encodeURIComponent(id), { credentials: "same-origin" });
      if (!r.ok) { return; }
      const job = await r.json();
      bar.value = job.progress;
      status.textContent = job.state + ": " + job.checked + " of about " + job.rows + " rows done";
      if (job.state === "done" || job.state === "failed" || job.state === "cancelled") {
        if (box.dataset.state !== job.state) { window.location.reload(); }
        return;
      }
    } catch (err) { /* the server restarts: try again */ }
    setTimeout(poll, 1000);
  }
  if (box.dataset.state !== "done" && box.dataset.state !== "failed" && box.dataset.state !== "cancelled") { poll(); }
}

function setupBack() {
  document.querySelectorAll("[data-back]").forEach((a) => {
    a.setAttribute("href", "/");
    a.addEventListener("click", (e) => { e.preventDefault(); history.back(); });
  });
}

function scrollToHit() {
  const hit = document.querySelector(".document li.hit");
  if (hit) { hit.scrollIntoView({ block: "center" }); }
}

document.addEventListener("DOMContentLoaded", () => {
  setupReview();
  setupJob();
  setupBack();
  scrollToHit();
});
