# Compiler hygiene shared by every Weir target (see STYLE.md, habit 11).
add_library(weir_flags INTERFACE)
target_compile_options(weir_flags INTERFACE -Wall -Wextra -Wno-missing-field-initializers)
target_compile_definitions(weir_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WEIR_VERSION="${PROJECT_VERSION}")
if(WEIR_WERROR)
    target_compile_options(weir_flags INTERFACE -Werror)
endif()
