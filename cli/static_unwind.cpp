// Exceptions in the static golite executable (CMakeLists.txt links it with -static).
//
// golite's VM raises Go panics as C++ exceptions, so the first one of a run must not cost
// much. In a -static link, GCC's start file (crtbeginT.o) registers the whole .eh_frame
// with libgcc's unwinder through __register_frame_info, and the unwinder then sorts every
// FDE in the executable (about 14,000) on the first throw: 5 ms more for a program that
// panics once (samples/hello.go recovers one). The link routes crtbeginT's calls
// here (--wrap), where nothing is registered, and asks for the .eh_frame_hdr table
// (--eh-frame-hdr) that a dynamic link has: the unwinder then finds FDEs by binary search
// of that table through dl_iterate_phdr, as in any dynamically linked program.
extern "C" void __wrap___register_frame_info(const void*, void*) {}

extern "C" void* __wrap___deregister_frame_info(const void*) { return nullptr; }
