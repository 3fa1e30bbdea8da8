// On a slow connection a second tap on "Save" while the first is still on its way would save the form twice (two
// consultations, two deadlines). So a form that changes data is sent once, and its button shows it is on its way; a
// repeat is ignored for a while, after which a form left waiting (the user stopped the page) can be sent again.
// Coming back to the page with the browser's back button offers every form again.
// With no connection at all a form is not sent: the browser's error page would take the form's place in the history,
// and with it everything typed. The form stays as it is, saying why. A connection that the phone still reports as up
// but that carries nothing is not seen here: its send fails as the browser fails it.
const repeatIgnoredForMs = 10000;

document.addEventListener('submit', event => {
    const form = event.target;
    if (form.method !== 'post' || event.defaultPrevented) {
        return;
    }

    if (!navigator.onLine) {
        event.preventDefault();
        sayOffline(form);
        return;
    }

    const sentAt = Number(form.dataset.sentAt);
    if (sentAt && Date.now() - sentAt < repeatIgnoredForMs) {
        event.preventDefault();
        return;
    }

    form.dataset.sentAt = String(Date.now());
    form.setAttribute('aria-busy', 'true');
    event.submitter?.classList.add('is-sending');
    removeOfflineNotices();
    setTimeout(() => notSending(form), repeatIgnoredForMs);
});

function notSending(form) {
    form.removeAttribute('aria-busy');
    [...form.elements].forEach(control => control.classList.remove('is-sending'));
}

function sayOffline(form) {
    if (form.previousElementSibling?.classList.contains('offline-notice')) {
        return;
    }

    const notice = document.getElementById('offline-notice').content.firstElementChild.cloneNode(true);
    form.before(notice);
}

function removeOfflineNotices() {
    document.querySelectorAll('.offline-notice').forEach(notice => notice.remove());
}

window.addEventListener('online', removeOfflineNotices);

window.addEventListener('pageshow', () => {
    document.querySelectorAll('form[data-sent-at]').forEach(form => {
        delete form.dataset.sentAt;
        notSending(form);
    });
});
