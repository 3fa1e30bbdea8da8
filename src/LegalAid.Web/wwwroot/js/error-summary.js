// A link in the error summary goes to its field: the one beside which the same error is shown (on a page with a
// form per row, the row that was posted), else the field with the link's id, else the only visible field with the
// error's name (a referral's result is "result-132", not "ReferralResult_Result"). An error about the record as a
// whole (its version, its state) has no field: its link becomes plain text. A list's filters are plain inputs that
// no tag helper marks, so the field found is marked here as a form's fields are on the server.
const visible = field => field && field.type !== 'hidden' && field.matches('input, select, textarea') ? field : null;

const fieldOf = link => {
    const key = CSS.escape(link.dataset.field);
    const shown = [...document.querySelectorAll(`[data-valmsg-for="${key}" i]`)].find(message => message.textContent.trim());
    const named = [...document.querySelectorAll(`[name="${key}" i]`)].filter(visible);
    return visible(shown?.parentElement.querySelector('input:not([type=hidden]), select, textarea'))
        ?? visible(document.getElementById(link.hash.slice(1)))
        ?? (named.length === 1 ? named[0] : null);
};

// A list of boxes (problem categories, actions) is one field: its fieldset, holding nothing else, is marked, and the
// link goes to its first ticked box.
const groupOf = field => {
    const fieldset = field.type === 'checkbox' ? field.closest('fieldset') : null;
    return fieldset && [...fieldset.querySelectorAll('input, select, textarea')].every(input => input.name === field.name) ? fieldset : null;
};

// After a failed submit the keyboard starts at the summary (or at the warning that held a registration back), not at
// the top of the page: a lawyer on a phone reads what went wrong and tabs straight to the first link. A page that puts
// its one field first (a sign-in code) keeps it.
const summary = document.querySelector('#error-summary[tabindex], #duplicate-warning');
if (summary && !document.querySelector('[autofocus]')) {
    summary.focus();
}

for (const link of document.querySelectorAll('#error-summary a[data-field]')) {
    const field = fieldOf(link);
    if (!field) {
        link.replaceWith(link.textContent);
        continue;
    }

    const group = groupOf(field);
    const target = group?.querySelector('input:checked') ?? field;
    (group ?? field).classList.add('input-validation-error');
    (group ?? field).setAttribute('aria-invalid', 'true');
    link.addEventListener('click', event => {
        event.preventDefault();
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
    });
}
