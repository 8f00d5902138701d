# Compiler settings shared by every Stockhand target (strict Qt defines, warnings, hardening).
add_library(stockhand_settings INTERFACE)
target_compile_definitions(stockhand_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_compile_options(stockhand_settings INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -fstack-protector-strong
    $<$<BOOL:${STOCKHAND_WERROR}>:-Werror>)
target_link_options(stockhand_settings INTERFACE -Wl,-z,relro,-z,now)

if(STOCKHAND_SANITIZE)
    target_compile_options(stockhand_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(stockhand_settings INTERFACE -fsanitize=address,undefined)
endif()
