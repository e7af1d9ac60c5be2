// The parts of ncursesw (wide-character API) the terminal layer uses, made visible to Swift.
#ifndef SRDI_CNCURSESW_SHIM_H
#define SRDI_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE; without these the wide-character API is hidden.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Swift 6 rejects these globals as not concurrency-safe, and does not import attribute macros.
static inline WINDOW *srdi_stdscr(void) { return stdscr; }
static inline FILE *srdi_stdout(void) { return stdout; }
static inline FILE *srdi_stdin(void) { return stdin; }
static inline attr_t srdi_bold(void) { return A_BOLD; }
static inline attr_t srdi_reverse(void) { return A_REVERSE; }
static inline attr_t srdi_dim(void) { return A_DIM; }
static inline attr_t srdi_underline(void) { return A_UNDERLINE; }
static inline attr_t srdi_normal(void) { return A_NORMAL; }
static inline int srdi_key_code_yes(void) { return KEY_CODE_YES; }

// Writes one cell: a character (up to CCHARW_MAX wide chars, combining ones included) in a style.
static inline int srdi_put_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

#endif
