#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
// libedit's el_set/el_get/history are C variadic functions, which Swift cannot
// call. These static inline wrappers give each operation a fixed signature.
// They also keep C globals (stdin/stdout, CODESET, ioctl) on the C side, which
// avoids Swift 6 "not concurrency-safe because it involves shared mutable state".
// Recipe: ../shared/notes/libedit.md.
#include <fcntl.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

typedef char *(*ceditline_prompt_fn)(EditLine *);
typedef unsigned char (*ceditline_cmd_fn)(EditLine *, int);
typedef int (*ceditline_getc_fn)(EditLine *, wchar_t *);

static inline EditLine *ceditline_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}
/// Prompt whose non-printing parts (ANSI colours) are bracketed by `esc`, e.g. '\1'.
static inline int ceditline_set_prompt_esc(EditLine *el, ceditline_prompt_fn fn, char esc) {
    return el_set(el, EL_PROMPT_ESC, fn, esc);
}
static inline int ceditline_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);               /* "emacs" or "vi" */
}
static inline int ceditline_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int ceditline_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int ceditline_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *ceditline_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int ceditline_add_function(EditLine *el, const char *name,
                                         const char *help, ceditline_cmd_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
/// Replaces libedit's read of one character (EL_GETCFN): returns 1 and the
/// character, 0 at end of input, -1 on error (errno EINTR: interrupted).
static inline int ceditline_set_getc(EditLine *el, ceditline_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}
/// Redraws the prompt and the line (after the process was stopped and continued).
static inline int ceditline_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}
static inline int ceditline_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, NULL);
}
static inline void ceditline_print(const char *s) {
    fputs(s, stdout);
    fflush(stdout);
}
static inline int ceditline_history_setsize(History *h, HistEvent *ev, int n) {
    return history(h, ev, H_SETSIZE, n);
}
static inline int ceditline_history_setunique(History *h, HistEvent *ev, int on) {
    return history(h, ev, H_SETUNIQUE, on);
}
static inline int ceditline_history_enter(History *h, HistEvent *ev, const char *line) {
    return history(h, ev, H_ENTER, line);
}
static inline int ceditline_history_load(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_LOAD, path);
}
static inline int ceditline_history_save(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_SAVE, path);
}
/// The oldest entry (H_LAST); then `ceditline_history_newer` walks towards the newest.
static inline int ceditline_history_oldest(History *h, HistEvent *ev) {
    return history(h, ev, H_LAST);
}
static inline int ceditline_history_newer(History *h, HistEvent *ev) {
    return history(h, ev, H_PREV);
}
/// libedit decodes keystrokes with the C locale: without a UTF-8 LC_CTYPE it
/// silently drops every non-ASCII byte. Swift never calls setlocale itself.
static inline const char *ceditline_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
        setlocale(LC_CTYPE, "C.UTF-8");
    return nl_langinfo(CODESET);
}
/// A non-blocking, close-on-exec pipe: the SIGINT handler writes to it to wake
/// up the thread that waits for keys. 0 on success, like pipe(2).
static inline int ceditline_wakeup_pipe(int ends[2]) {
    if (pipe(ends) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(ends[i], F_SETFD, FD_CLOEXEC);
        fcntl(ends[i], F_SETFL, fcntl(ends[i], F_GETFL) | O_NONBLOCK);
    }
    return 0;
}
/// The terminal's width in columns, or 0 when standard output is not a terminal.
static inline int ceditline_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}
/// The terminal's height in rows, or 0 when standard output is not a terminal.
static inline int ceditline_terminal_rows(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_row;
}
#endif
