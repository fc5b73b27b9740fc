/* bpg-error.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BPG_ERROR (bpg_error_quark ())

/**
 * BpgError:
 * @BPG_ERROR_INVALID_DATA: a data file has the wrong shape or a missing value
 * @BPG_ERROR_BROKEN_LINK: content refers to something that does not exist
 * @BPG_ERROR_NEWER_VERSION: a file was written by a newer version of the app
 * @BPG_ERROR_NOT_FOUND: something asked for is not there
 * @BPG_ERROR_TOO_BIG: a file is larger than the app reads
 * @BPG_ERROR_NOT_REGULAR_FILE: a file to read is a folder, a device, a FIFO or
 *   a socket, which the app never reads
 *
 * Errors raised by the core. Messages are written for the person who has to act
 * on them: a patient, a content editor or an administrator.
 */
typedef enum
{
  BPG_ERROR_INVALID_DATA,
  BPG_ERROR_BROKEN_LINK,
  BPG_ERROR_NEWER_VERSION,
  BPG_ERROR_NOT_FOUND,
  BPG_ERROR_TOO_BIG,
  BPG_ERROR_NOT_REGULAR_FILE,
} BpgError;

GQuark bpg_error_quark (void);

G_END_DECLS
