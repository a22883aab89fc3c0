#!/usr/bin/env bash
# Builds the packaged program (no Python needed to run it) with PyInstaller.
#
#   packaging/build.sh onedir    dist/expertreader/expertreader      one folder: starts fastest
#                                dist/linux-root/usr/...             (Linux) an install tree
#   packaging/build.sh onefile   dist/expertreader-onefile           one file: unpacks itself on
#                                                                    every start (about 1 s)
#   packaging/build.sh deb       dist/expertreader_<version>_<arch>.deb  (Debian/Ubuntu; builds
#                                                                    onedir first when needed)
#
# Run from anywhere. It builds in its own environment, .venv-package, made from
# requirements/package.txt (exact versions, hashes checked) with the newest Python 3.12 or 3.13
# the machine has, else python3: on 3.12+ None and True are immortal, so a reference-count bug in
# a binding (PySide6 6.12.0 on 3.11 was one) cannot abort the packaged program. Override with
# PACKAGE_PYTHON=... (the interpreter the environment is made from). What the bundle contains is
# decided in bundle_rules.py.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE_VENV=.venv-package
PYTHON=$PACKAGE_VENV/bin/python
PYINSTALLER=$PACKAGE_VENV/bin/pyinstaller
APP_ID=io.github.expertreader.ExpertReader
ONEDIR=dist/expertreader
LINUX_ROOT=dist/linux-root

# Libraries Qt's xcb platform plugin links. PyInstaller bundles what the build machine has: a
# library missing here is missing from the bundle, and the program then fails on desktops that
# lack it too. binutils: strip (libpython's debug symbols) and objdump.
BUILD_DEBS=(libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
	libxcb-randr0 libxcb-xinerama0 libxcb-cursor0 libxcb-xkb1 libxcb-shm0 libxcb-sync1
	libxcb-xfixes0 libxcb-util1 libxcb-glx0 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0
	libegl1 libgl1 libfontconfig1 libdbus-1-3 binutils)

say() { printf '%s\n' "build.sh: $*" >&2; }

# The interpreter to build with: 3.12+ when one works here (pyenv shims exist for versions that
# are not active, so each candidate is run, not just found).
package_python() {
	local candidate
	if [[ -n ${PACKAGE_PYTHON:-} ]]; then echo "$PACKAGE_PYTHON"; return; fi
	for candidate in python3.12 python3.13 \
		"$(pyenv root 2>/dev/null)"/versions/3.12*/bin/python3 \
		"$(pyenv root 2>/dev/null)"/versions/3.13*/bin/python3; do
		if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
			echo "$candidate"
			return
		fi
	done
	echo python3
}

# .venv-package, remade when the lock or the project changes.
ensure_package_venv() {
	local stamp=$PACKAGE_VENV/.installed
	if [[ -f $stamp && $stamp -nt requirements/package.txt && $stamp -nt pyproject.toml ]]; then
		return
	fi
	local python
	python=$(package_python)
	say "making $PACKAGE_VENV with $("$python" --version 2>&1) from requirements/package.txt"
	rm -rf "$PACKAGE_VENV"
	"$python" -m venv "$PACKAGE_VENV"
	# Only the dependencies: the spec reads the program itself from src/.
	"$PYTHON" -m pip install --quiet --require-hashes --no-deps -r requirements/package.txt
	touch "$stamp"
}

version() {
	python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])'
}

ensure_build_debs() {
	[[ $(uname -s) == Linux ]] && command -v dpkg-query >/dev/null || return 0
	local missing=() pkg
	for pkg in "${BUILD_DEBS[@]}"; do
		dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
			|| missing+=("$pkg")
	done
	((${#missing[@]})) || return 0
	if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
		say "installing Debian packages the bundle needs: ${missing[*]}"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	else
		say "WARNING: missing ${missing[*]}; the bundle will lack them (run as root to install)"
	fi
}

report_size() {
	local bytes mib
	bytes=$(du -sb "$1" | cut -f1)
	mib=$(du -sm "$1" | cut -f1)
	say "$1: $((bytes / 1000000)) MB ($bytes bytes, du -sm $mib)"
}

# The bundled articles compiled into their content index, shipped beside them.
prebuild_index() {
	PYTHONPATH=src "$PYTHON" -m expertreader.content.index build resources/content.index.sqlite resources/content >&2
}

pyinstaller() {
	ensure_package_venv
	prebuild_index
	say "PyInstaller $*  (warnings about libgtk-3/libgdk-3 concern the GTK theme, which the spec drops)"
	"$PYINSTALLER" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/expertreader.spec "$@"
}

build_onedir() {
	ensure_build_debs
	pyinstaller
	report_size "$ONEDIR"
	if [[ $(uname -s) == Linux ]]; then stage_linux_root; fi
}

build_onefile() {
	ensure_build_debs
	pyinstaller -- --onefile
	report_size dist/expertreader-onefile
}

# An install tree, laid out as on a Linux system (what the .deb installs; other packagers can
# copy it as it is): /usr/lib/expertreader/, /usr/bin/expertreader, menu entry, icons, metainfo.
stage_linux_root() {
	local root=$LINUX_ROOT size
	rm -rf "$root"
	mkdir -p "$root/usr/lib" "$root/usr/bin"
	cp -a "$ONEDIR" "$root/usr/lib/expertreader"
	ln -s ../lib/expertreader/expertreader "$root/usr/bin/expertreader"
	install -Dm644 packaging/expertreader.desktop "$root/usr/share/applications/expertreader.desktop"
	install -Dm644 "packaging/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
	for size in 256 128 64 48; do
		install -Dm644 "packaging/icons/hicolor/${size}x${size}/apps/expertreader.png" \
			"$root/usr/share/icons/hicolor/${size}x${size}/apps/expertreader.png"
	done
	install -Dm644 resources/icons/expertreader.svg \
		"$root/usr/share/icons/hicolor/scalable/apps/expertreader.svg"
	install -Dm644 packaging/debian/copyright "$root/usr/share/doc/expertreader/copyright"
	find "$root" -type d -exec chmod 755 {} +
	find "$root" -type f ! -perm -u+x -exec chmod 644 {} +
	find "$root" -type f -perm -u+x -exec chmod 755 {} +
	say "staged $root"
}

# Debian packages providing the libraries the bundle links directly but does not contain (libc,
# GL and libxcb: PyInstaller never bundles them; libstdc++, libexpat, libcups: bundle_rules.py
# leaves them to the system). Direct links only: libcups's own needs are libcups2's business.
system_dependencies() {
	local lib elves=() resolved name path pkg
	lib=$(realpath "$LINUX_ROOT/usr/lib/expertreader")
	mapfile -d '' elves < <(find "$lib" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
	resolved=$(LD_LIBRARY_PATH="$lib/_internal" ldd "${elves[@]}" 2>/dev/null \
		| awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u)
	comm -23 \
		<(readelf --dynamic --wide "${elves[@]}" 2>/dev/null \
			| sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p' | sort -u) \
		<(find "$lib" \( -type f -o -type l \) -printf '%f\n' | sort -u) \
		| while read -r name; do
			[[ $name == ld-linux* ]] && { echo libc6; continue; } # the dynamic loader
			path=$(awk -v n="$name" '$1 == n {print $2; exit}' <<<"$resolved")
			pkg=$( { [[ -n $path ]] && { dpkg -S "$path" || dpkg -S "$(realpath "$path")"; }; } 2>/dev/null \
				| head -n1 | cut -d: -f1)
			if [[ -n $pkg ]]; then echo "$pkg"; else say "WARNING: no Debian package provides $name"; fi
		done | sort -u
}

join() {
	local IFS=,
	local joined="$*"
	echo "${joined//,/, }"
}

build_deb() {
	command -v dpkg-deb >/dev/null || { say "dpkg-deb not found: .deb packages need Debian or Ubuntu"; exit 1; }
	if [[ ! -x $ONEDIR/expertreader || -n $(find src resources packaging pyproject.toml \
		-newer "$ONEDIR/expertreader" -print -quit) ]]; then
		build_onedir
	else
		stage_linux_root
	fi
	local version arch glibc pkg deps=() recommends=() work=build/deb/root deb
	version=$(version)
	arch=$(dpkg --print-architecture)
	glibc=$(find "$LINUX_ROOT/usr/lib/expertreader" -type f \( -name '*.so*' -o -perm -u+x \) \
		-exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1)
	deps=("libc6 (>= $glibc)")
	while read -r pkg; do
		case $pkg in
		libc6) ;;
		libcups2) recommends+=("$pkg") ;; # printing to real printers; PDF works without
		*) deps+=("$pkg") ;;
		esac
	done < <(system_dependencies)
	# Fonts and their configuration: the bundled fontconfig reads the system's.
	deps+=("fontconfig-config" "fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf")
	rm -rf build/deb && mkdir -p build/deb
	cp -al "$LINUX_ROOT" "$work"
	mkdir -p "$work/DEBIAN"
	{
		echo "Package: expertreader"
		echo "Version: $version"
		echo "Architecture: $arch"
		echo "Maintainer: The ExpertReader developers <expertreader@example.invalid>"
		echo "Installed-Size: $(du -sk "$LINUX_ROOT" | cut -f1)"
		echo "Depends: $(join "${deps[@]}")"
		((${#recommends[@]})) && echo "Recommends: $(join "${recommends[@]}")"
		cat <<-EOF
			Section: misc
			Priority: optional
			Description: read expert answers about metastatic breast cancer offline
			 ExpertReader shows "Ask the Expert" question-and-answer articles about metastatic
			 breast cancer, for people living with it and the people who care for them. Read,
			 search, bookmark and write private notes, without an internet connection.
			 .
			 Nothing read or written leaves the computer: the program makes no network
			 connections. It bundles its own Python and Qt in /usr/lib/expertreader.
		EOF
	} >"$work/DEBIAN/control"
	deb="dist/expertreader_${version}_${arch}.deb"
	dpkg-deb --root-owner-group -Zxz --build "$work" "$deb" >/dev/null
	report_size "$deb"
	say "Depends: $(join "${deps[@]}")"
}

case ${1:-} in
onedir) build_onedir ;;
onefile) build_onefile ;;
deb) build_deb ;;
*)
	echo "usage: packaging/build.sh onedir|onefile|deb" >&2
	exit 2
	;;
esac
