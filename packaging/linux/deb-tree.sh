#!/usr/bin/env bash
# Lays out the .deb's file tree (for dpkg-deb --build), from the frozen folder and the icons.
# Usage: deb-tree.sh FROZEN_DIR HICOLOR_DIR STAGE VERSION SOURCE_DATE_EPOCH
set -euo pipefail
frozen=$1 hicolor=$2 stage=$3 version=$4 epoch=$5
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
share=$stage/usr/share

mkdir -p "$stage/opt" "$stage/usr/bin" "$share/applications" "$share/metainfo" \
  "$share/doc/pfp-desktop" "$share/lintian/overrides" "$share/icons/hicolor/scalable/apps" \
  "$stage/DEBIAN"
cp -a "$frozen" "$stage/opt/pfp-desktop"
ln -s /opt/pfp-desktop/pfp-desktop "$stage/usr/bin/pfp-desktop"
ln -s /opt/pfp-desktop/pfp "$stage/usr/bin/pfp"
install -m 644 "$here/org.gfmd.PfPDesktop.desktop" "$share/applications/"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u -d "@$epoch" +%F)/" \
  "$here/org.gfmd.PfPDesktop.metainfo.xml" > "$share/metainfo/org.gfmd.PfPDesktop.metainfo.xml"
cp -a "$hicolor/." "$share/icons/hicolor/"
install -m 644 "$root/resources/icons/pfp-desktop.svg" "$share/icons/hicolor/scalable/apps/"
install -m 644 "$here/debian-copyright" "$share/doc/pfp-desktop/copyright"
sed "s/@VERSION@/$version/; s/@DATE@/$(date -u -R -d "@$epoch")/" "$here/debian-changelog" \
  | gzip -9n > "$share/doc/pfp-desktop/changelog.gz"
install -m 644 "$here/lintian-overrides" "$share/lintian/overrides/pfp-desktop"
sed "s/@VERSION@/$version/" "$here/debian-control" > "$stage/DEBIAN/control"
# dpkg wants 0755 folders and no group or world write bit anywhere; libraries are not programs.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -perm /022 -exec chmod go-w {} +
find "$stage/opt" -type f -name '*.so*' -exec chmod 644 {} +
