/* bpg-error.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-error.h"

G_DEFINE_QUARK (bpg-error-quark, bpg_error)
