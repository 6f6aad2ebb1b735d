// SPDX-License-Identifier: GPL-3.0-or-later
// The translations library carries only the embedded .qm resource; this file gives it a translation unit.
namespace caredesk {
int translationsLibraryAnchor()
{
    return 0;
}
} // namespace caredesk
